using System.Reflection;

namespace DeepExam.Tests.Architecture;

/// <summary>
/// Arrows run one way: Documents (the format-neutral tree) ← Layout (measure, break, typeset math) ←
/// Pdf and Html (backends, side by side); Composition (which document an exam sheet, key or feedback sheet is) sits above them
/// all and knows no backend. Read from the compiled code, so a stray using, a fully qualified name or a
/// call inside a lambda is caught alike.
/// </summary>
public class DependencyDirectionTests
{
    private static readonly Assembly Core = typeof(DeepExam.Documents.Document).Assembly;
    private static readonly Assembly Grader = typeof(DeepExam.Grading.GraderCli).Assembly;

    /// <summary>The exam domain and the run machinery: what only composition and the layers above it may know.</summary>
    private static readonly string[] ExamDomain =
        ["DeepExam.Exams", "DeepExam.Templates", "DeepExam.Solving", "DeepExam.Sampling", "DeepExam.Runs", "DeepExam.Output", "DeepExam.Formats", "DeepExam.Grading"];

    public sealed record Rule(string Namespace, string[] Forbidden)
    {
        public override string ToString() => $"{Namespace} uses none of {string.Join(", ", Forbidden)}";
    }

    private static IEnumerable<Rule> Rules()
    {
        yield return new Rule("DeepExam.Documents", ["DeepExam.Layout", "DeepExam.Pdf", "DeepExam.Html", "DeepExam.Composition", .. ExamDomain]);
        yield return new Rule("DeepExam.Layout", ["DeepExam.Pdf", "DeepExam.Html", "DeepExam.Composition", .. ExamDomain]);
        yield return new Rule("DeepExam.Pdf", ["DeepExam.Html", "DeepExam.Composition", .. ExamDomain]);
        // The HTML backend sits beside Pdf: it draws figures through Layout, never through the PDF backend.
        yield return new Rule("DeepExam.Html", ["DeepExam.Pdf", "DeepExam.Composition", .. ExamDomain]);
        // Composition may use the exam domain (and the answer text of Output) but no backend and no run.
        yield return new Rule("DeepExam.Composition", ["DeepExam.Layout", "DeepExam.Pdf", "DeepExam.Html", "DeepExam.Formats", "DeepExam.Runs"]);
        // The question-bank export is a view of the solved exam beside the formats: it knows no run, no sheet format and no grading.
        yield return new Rule("DeepExam.Exports", ["DeepExam.Runs", "DeepExam.Formats", "DeepExam.Grading"]);
        yield return new Rule("DeepExam.Grading.Reports.Composition", ["DeepExam.Layout", "DeepExam.Pdf", "DeepExam.Html", "DeepExam.Grading.Reports.Pdf"]);
    }

    [TestCaseSource(nameof(Rules))]
    public void A_layer_uses_nothing_above_it_or_beside_it(Rule rule)
    {
        var types = TypesIn(rule.Namespace).ToList();
        Assert.That(types, Is.Not.Empty, $"no types in {rule.Namespace}");
        var breaches = types
            .SelectMany(t => TypeReferences.Of(t).Where(u => rule.Forbidden.Any(f => InNamespace(u, f))).Select(u => $"{Name(t)} uses {Name(u)}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.That(breaches, Is.Empty);
    }

    [Test]
    public void The_reader_sees_uses_inside_method_bodies_and_lambdas()
    {
        // StudentKeysPdf.Write calls PageFrame.Of only inside a lambda, and uses DocumentLayout only in its body.
        var used = TypesIn("DeepExam.Pdf").Where(t => t.FullName!.StartsWith("DeepExam.Pdf.StudentKeysPdf", StringComparison.Ordinal)).SelectMany(TypeReferences.Of).Select(Name).ToList();
        Assert.That(used, Does.Contain("DeepExam.Layout.PageFrame").And.Contain("DeepExam.Layout.DocumentLayout"));
        // ClassGeneration news up StudentSheets inside the lambda it hands to PLINQ.
        var run = TypesIn("DeepExam.Runs").Where(t => t.FullName!.StartsWith("DeepExam.Runs.ClassGeneration", StringComparison.Ordinal)).SelectMany(TypeReferences.Of).Select(Name);
        Assert.That(run, Does.Contain("DeepExam.Composition.StudentSheets"));
    }

    private static IEnumerable<Type> TypesIn(string ns) =>
        new[] { Core, Grader }.SelectMany(a => a.GetTypes()).Where(t => InNamespace(t, ns));

    private static bool InNamespace(Type t, string ns) =>
        t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal));

    private static string Name(Type t) => t.FullName ?? t.Name;
}
