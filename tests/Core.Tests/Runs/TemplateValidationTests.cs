using DeepExam.Builtins;
using DeepExam.Runs;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Runs;

public class TemplateValidationTests
{
    private static TemplateReport Validate(string parts)
    {
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            "schema: 1\nid: t\ntitle: T\nparameters: { N: { int: [1, 50] } }\nparts:\n" + parts, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return TemplateValidation.Validate(loaded.Template!, samples: 50);
    }

    [Test]
    public void Unsupported_tex_is_reported_with_the_template_the_text_and_the_command()
    {
        var report = Validate("  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n    solution: |\n      $\\boxed{ {{N}} }$\n");
        Assert.That(report.Passed, Is.False);
        Assert.That(report.Errors.Single().ToString(), Does.StartWith("t.yaml:12:1: error: [t] solution of part 'a': unsupported TeX \\boxed"));
    }

    [Test]
    public void Counts_distinct_variants_and_draws()
    {
        var report = Validate("  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n");
        Assert.That(report.Passed, Is.True);
        Assert.That(report.DistinctVariants, Is.InRange(30, 50));
        Assert.That(report.VariantSpace, Is.EqualTo(50));
        Assert.That(report.MeanAttempts, Is.EqualTo(1));
    }
}
