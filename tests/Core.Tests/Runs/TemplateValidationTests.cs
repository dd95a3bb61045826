using DeepExam.Builtins;
using DeepExam.Runs;
using DeepExam.Templates;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Runs;

public class TemplateValidationTests
{
    private static ExerciseTemplate Template(string yaml)
    {
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText("schema: 1\nid: t\ntitle: T\n" + yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return loaded.Template!;
    }

    private static TemplateReport Validate(string parts) =>
        TemplateValidation.Validate(Template("parameters: { N: { int: [1, 50] } }\nparts:\n" + parts), samples: 50);

    // 4 · 3 = 12 combinations; a + b == 5 for (2, 3), (3, 2) and (4, 1).
    private const string TwelveCombinations = """
        parameters:
          a: { int: [1, 4] }
          b: { choice: [1, 2, 3] }
        constraints:
          - check: a + b != 5
        parts:
          - { id: p, prompt: x, kind: integer, answer: a * b, points: 1 }
        """;

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
    public void A_space_no_larger_than_the_samples_is_enumerated_and_rejected_combinations_are_not_errors()
    {
        var report = TemplateValidation.Validate(Template(TwelveCombinations), samples: 1000);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.Empty);
        Assert.That((report.Enumerated, report.Samples, report.Rejected, report.DistinctVariants), Is.EqualTo((true, 12, 3, 9)));
        Assert.That(report.Summary, Is.EqualTo("all 9 variants enumerated (12 combinations, 3 rejected), 1.3 draws per variant"));
    }

    [Test]
    public void A_space_larger_than_the_samples_is_sampled()
    {
        var report = TemplateValidation.Validate(Template(TwelveCombinations), samples: 10);
        Assert.That(report.Enumerated, Is.False);
        Assert.That(report.Summary, Does.Match(@"^\d distinct of 10 sampled \(space 12\), \d\.\d draws per variant$"));
    }

    [Test]
    public void Sampling_counts_distinct_variants_and_draws()
    {
        var report = TemplateValidation.Validate(Template("parameters: { N: { int: [1, 50] } }\nparts:\n  - { id: a, prompt: x, kind: integer, answer: N, points: 1 }\n"), samples: 40);
        Assert.That(report.Passed, Is.True);
        Assert.That(report.Enumerated, Is.False);
        Assert.That(report.DistinctVariants, Is.InRange(20, 40));
        Assert.That(report.VariantSpace, Is.EqualTo(50));
        Assert.That(report.MeanAttempts, Is.EqualTo(1));
    }

    [Test]
    public void Enumeration_finds_a_mistake_that_equals_the_answer_in_a_single_combination()
    {
        // a · b == a + b only for a = b = 2, one combination in 30 · 30 = 900.
        var report = TemplateValidation.Validate(Template("""
            parameters:
              a: { int: [1, 30] }
              b: { int: [1, 30] }
            parts:
              - id: p
                prompt: x
                kind: integer
                answer: a * b
                points: 1
                mistakes:
                  - answer: a + b
                    feedback: Multiply.
            """), samples: 1000);
        Assert.That(report.Enumerated, Is.True);
        Assert.That(report.Overlaps.Select(o => (o.Mistake, o.Share)), Is.EqualTo(new[] { ("a + b", 1.0 / 900) }));
    }

    [Test]
    public void A_constraint_still_guards_a_derived_value_below_it_when_enumerating()
    {
        var report = TemplateValidation.Validate(Template("""
            parameters: { a: { int: [-1, 1] } }
            constraints: [ "a != 0" ]
            derived: { r: 6 / a }
            parts: [ { id: p, prompt: x, kind: exact, answer: r, points: 1 } ]
            """), samples: 1000);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.Empty);
        Assert.That((report.Enumerated, report.DistinctVariants, report.Rejected), Is.EqualTo((true, 2, 1)));
    }

    [Test]
    public void A_space_every_combination_of_which_is_rejected_fails_with_the_constraint()
    {
        var report = TemplateValidation.Validate(Template("""
            parameters: { a: { int: [1, 5] } }
            constraints:
              - check: a > 10
                message: never
            parts: [ { id: p, prompt: x, kind: integer, answer: a, points: 1 }]
            """), samples: 1000);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:6:12: error: [t] no variant meets the constraints: all 5 combinations of the parameters were tried; constraint 'a > 10' (never) rejected 5 of them. Widen the parameter ranges or relax the constraint",
        }));
    }

    [Test]
    public void A_working_that_shows_a_raw_template_name_is_a_warning_naming_the_template_parts_and_name()
    {
        var report = TemplateValidation.Validate(Template("""
            parameters: { N: { int: [5, 9] } }
            derived:
              outS: conv_out(N, 3)
              side: { expr: "conv_out(N, 5)", tex: "n_{5}" }
            parts:
              - { id: a, prompt: x, kind: integer, answer: outS, points: 1 }
              - { id: b, prompt: x, kind: integer, answer: side, points: 1 }
              - { id: c, prompt: x, kind: integer, answer: outS + side, points: 1 }
            """), samples: 20);
        Assert.That(report.Passed, Is.True, "a raw name is a warning, not an error");
        Assert.That(report.RawNames.Select(w => w.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:6:9: warning: [t] the working of parts 'a' and 'c' writes the derived value 'outS' as $\\mathit{outS}$; give it a TeX name: outS: { expr: ..., tex: \"...\" }",
        }));
    }
}
