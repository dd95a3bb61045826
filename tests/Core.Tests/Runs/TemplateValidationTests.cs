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
    public void A_bad_figure_is_reported_at_its_line_with_the_template_the_text_and_what_is_wrong()
    {
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            "schema: 1\nid: t\ntitle: T\nparameters: { N: { int: [1, 50] } }\nstatement: |\n  A layer.\n\n  ```figure\n  grid values: [[{{N}}]], label: x\n  conv-volume input: {{N}}x{{N}}x3, kernel: 5x5, filter: 6\n  ```\n" +
            "parts:\n  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n", "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var report = TemplateValidation.Validate(loaded.Template!, samples: 50);
        Assert.That(report.Passed, Is.False);
        var errors = report.Errors.Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Some.EqualTo("t.yaml:10:1: error: [t] statement: bad figure: unknown field 'filter' for conv-volume (did you mean 'filters'?); its fields are input, kernel, filters, output"));
        Assert.That(errors, Has.Some.StartsWith("t.yaml:10:1: error: [t] statement: bad figure: kernel: the 5x5 kernel is larger than the "), "the variants with N < 5");
        Assert.That(errors, Has.Count.EqualTo(2), "the good first line of the figure is no error, and each mistake is reported once");
    }

    [Test]
    public void A_figure_that_is_wrong_only_for_some_variants_is_reported_once()
    {
        var report = Validate("  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n    solution: |\n      The layer:\n\n      ```figure\n      conv-volume input: {{N}}x{{N}}x3, kernel: 5x5, filters: 4\n      ```\n");
        Assert.That(report.Passed, Is.False);
        var error = report.Errors.Single().ToString();
        Assert.That(error, Does.StartWith("t.yaml:15:1: error: [t] solution of part 'a': bad figure: kernel: the 5x5 kernel is larger than the "));
    }

    [Test]
    public void A_figure_too_wide_for_the_page_is_reported_at_its_line()
    {
        if (!DeepExam.Pdf.DejaVuFonts.AreInstalled) Assert.Ignore("the size check measures with the DejaVu fonts");
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            "schema: 1\nid: t\ntitle: T\nparameters: { X: { matrix: [2, 40], range: [100, 999] } }\nparts:\n  - id: a\n    prompt: x\n    kind: integer\n    answer: \"1\"\n    points: 1\n" +
            "    solution: |\n      The matrix:\n\n      ```figure\n      grid values: {{X}}, label: X\n      ```\n", "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var report = TemplateValidation.Validate(loaded.Template!, samples: 5);
        Assert.That(report.Errors.Single().ToString(), Does.StartWith("t.yaml:15:1: error: [t] solution of part 'a': the figure does not fit the page: the figure (grid 2×40 'X') is ").And.Contain("pt wide"));
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
