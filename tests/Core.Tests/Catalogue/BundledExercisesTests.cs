using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Runs;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// A stress test over every bundled template (R/exams' stresstest_exercise): what `validate` checks, at its default of
/// 1,000 variants per template from the same seeds (load, sample, solve, render), plus variety and distinguishable mistakes.
/// </summary>
public class BundledExercisesTests
{
    private static readonly Lazy<ExerciseLibrary> Library = new(() =>
        ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default));

    public static IEnumerable<string> TemplateIds() =>
        Directory.GetFiles(Path.Combine(TestPaths.Repository, "exercises"), "*.yaml").Select(Path.GetFileNameWithoutExtension).Order()!;

    // Not [Parallelizable]: Validate already samples each template on every core, and running templates side by side
    // as well measured no faster (about 20 CPU-seconds for all templates either way).
    [TestCaseSource(nameof(TemplateIds))]
    public void Template_solves_in_every_sampled_variant_and_varies(string id)
    {
        var report = TemplateValidation.Validate(Library.Value[id], TemplateValidation.DefaultSamples);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.Empty);
        Assert.That(report.DistinctVariants, Is.GreaterThanOrEqualTo(Math.Min(20, report.VariantSpace)), "students should get different variants");
        Assert.That(report.MeanAttempts, Is.LessThan(50), "constraints reject too many draws");
        Assert.That(report.Overlaps.Select(o => o.ToString()), Is.Empty, "every known mistake must be distinguishable from the answer");
    }

    // Read from the file's own text, not through the library, which finds templates by their file names.
    [TestCaseSource(nameof(TemplateIds))]
    public void Each_file_declares_the_id_it_is_named_after(string id)
    {
        var declared = File.ReadLines(Path.Combine(TestPaths.Repository, "exercises", id + ".yaml"))
            .Where(line => line.StartsWith("id:", StringComparison.Ordinal)).Select(line => line["id:".Length..].Trim().Trim('"', '\'')).ToList();
        Assert.That(declared, Is.EqualTo(new[] { id }));
    }
}
