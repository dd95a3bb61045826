using DeepExam.Builtins;
using DeepExam.Runs;
using DeepExam.Templates;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Runs;

public class TemplateValidationTests
{
    private static ExerciseTemplate Template(string yaml)
    {
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText("schema: 2\nid: t\ntitle: T\n" + yaml, "t.yaml");
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
        Assert.That(report.Errors.Single().ToString(), Is.EqualTo("t.yaml:12:8: error DX0301: [t] solution of part 'a': TeX \\boxed: unsupported command"));
    }

    [Test]
    public void An_unknown_TeX_command_is_an_error_at_its_line_that_suggests_the_nearest_supported_command()
    {
        var report = Validate("  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n    solution: |\n      The answer is\n      $\\fraq{ {{N}} }{1}$.\n");
        Assert.That(report.Passed, Is.False);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:13:8: error DX0301: [t] solution of part 'a': TeX \\fraq: unsupported command (did you mean \\frac?)",
        }));
    }

    [Test]
    public void The_feedback_of_a_mistake_is_checked_as_the_feedback_sheet_typesets_it()
    {
        var report = Validate("  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n    mistakes:\n      - answer: N + 1\n        feedback: |\n          One too many: $\\fraq{ {{N}} }{1}$.\n");
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:14:26: error DX0301: [t] feedback of a mistake of part 'a': TeX \\fraq: unsupported command (did you mean \\frac?)",
        }));
    }

    [Test]
    public void Malformed_TeX_is_an_error_at_its_text()
    {
        var report = Validate("  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n    solution: |\n      The answer is\n      $\\frac{ {{N}} }{1$.\n");
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:12:7: error DX0302: [t] solution of part 'a': TeX \\frac: missing closing brace",
        }));
    }

    [Test]
    public void A_bad_figure_is_reported_at_its_line_with_the_template_the_text_and_what_is_wrong()
    {
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            "schema: 2\nid: t\ntitle: T\nparameters: { N: { int: [1, 50] } }\nstatement: |\n  A layer.\n\n  ```figure\n  grid values: [[{{N}}]], label: x\n  conv-volume input: {{N}}x{{N}}x3, kernel: 5x5, filter: 6\n  ```\n" +
            "parts:\n  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n", "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var report = TemplateValidation.Validate(loaded.Template!, samples: 50);
        Assert.That(report.Passed, Is.False);
        var errors = report.Errors.Select(e => e.ToString()).ToList();
        Assert.That(errors, Has.Some.EqualTo("t.yaml:10:3: error DX0305: [t] statement: bad figure: unknown field 'filter' for conv-volume (did you mean 'filters'?); its fields are input, kernel, filters, output"));
        Assert.That(errors, Has.Some.StartsWith("t.yaml:10:3: error DX0305: [t] statement: bad figure: kernel: the 5x5 kernel is larger than the "), "the variants with N < 5");
        Assert.That(errors, Has.Count.EqualTo(2), "the good first line of the figure is no error, and each mistake is reported once");
    }

    [Test]
    public void A_figure_that_is_wrong_only_for_some_variants_is_reported_once()
    {
        var report = Validate("  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n    solution: |\n      The layer:\n\n      ```figure\n      conv-volume input: {{N}}x{{N}}x3, kernel: 5x5, filters: 4\n      ```\n");
        Assert.That(report.Passed, Is.False);
        var error = report.Errors.Single().ToString();
        Assert.That(error, Does.StartWith("t.yaml:15:7: error DX0305: [t] solution of part 'a': bad figure: kernel: the 5x5 kernel is larger than the "));
    }

    [Test]
    public void A_figure_too_wide_for_the_page_is_reported_at_its_line()
    {
        if (!DeepExam.Pdf.DejaVuFonts.AreInstalled) Assert.Ignore("the size check measures with the DejaVu fonts");
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            "schema: 2\nid: t\ntitle: T\nparameters: { X: { matrix: [2, 40], range: [100, 999] } }\nparts:\n  - id: a\n    prompt: x\n    kind: integer\n    answer: \"1\"\n    points: 1\n" +
            "    solution: |\n      The matrix:\n\n      ```figure\n      grid values: {{X}}, label: X\n      ```\n", "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var report = TemplateValidation.Validate(loaded.Template!, samples: 5);
        Assert.That(report.Errors.Single().ToString(), Does.StartWith("t.yaml:15:7: error DX0304: [t] solution of part 'a': the figure does not fit the page: the figure (grid 2×40 'X') is ").And.Contain("pt wide"));
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
    public void A_mistake_is_counted_only_in_the_variants_where_its_when_holds()
    {
        // a * 1 equals the answer a * b wherever b == 1: a third of the variants, but every one where the rule applies.
        var report = TemplateValidation.Validate(Template("""
            parameters:
              a: { int: [1, 4] }
              b: { choice: [1, 2, 3] }
            parts:
              - id: p
                prompt: x
                kind: integer
                answer: a * b
                points: 1
                mistakes:
                  - { answer: a * 1, feedback: x, when: b == 1 }
                  - { answer: a * 1, feedback: x, when: b != 1 }
                  - { answer: a * 1, feedback: x }
            """), samples: 1000);
        Assert.That(report.Enumerated, Is.True);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:14:19: error DX0201: [t] part 'p': mistake 'a * 1' equals the correct answer in all 4 variants solved where it applies, so the grader can never recognise it (it checks the answer first and gives full credit); remove the mistake or fix its expression",
        }));
        Assert.That(report.Overlaps.Select(o => o.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:16:19: warning: part 'p': mistake 'a * 1' equals the correct answer in 33% of variants",
        }));
    }

    [Test]
    public void A_mistake_equal_to_the_answer_in_every_variant_is_an_error_and_one_equal_in_some_a_warning()
    {
        // b * a is a * b in every one of the 900 combinations; a + b equals it only for a = b = 2.
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
                  - answer: b * a
                    feedback: Swapped.
                  - answer: a + b
                    feedback: Multiply.
            """), samples: 1000);
        Assert.That(report.Passed, Is.False);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:14:17: error DX0201: [t] part 'p': mistake 'b * a' equals the correct answer in all 900 variants solved, so the grader can never recognise it (it checks the answer first and gives full credit); remove the mistake or fix its expression",
        }));
        Assert.That(report.Overlaps.Select(o => o.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:16:17: warning: part 'p': mistake 'a + b' equals the correct answer in 0.11% of variants",
        }));
    }

    [Test]
    public void A_template_with_records_a_bank_masks_and_slices_validates_cleanly_with_its_working()
    {
        var report = TemplateValidation.Validate(Template("""
            parameters:
              statements: { sample: 2, from: [{ text: A, truth: true, why: a }, { text: B, truth: false, why: b }, { text: C, truth: true, why: c }] }
              x: { vector: 3, range: [-1, 1] }
            derived:
              positives: count_nonzero(x .> 0)
              kept: where(x .> 0, x, 0)
              head: "x[:2] ++ [len(statements) + positives]"
            statement: |
              Values {{x}} and {{head}}; {{statements}}.
            parts:
              - { id: a, prompt: x, kind: bool, answer: "statements[0].truth", points: 1 }
              - { id: b, prompt: x, kind: integer, answer: positives + len(statements), points: 1 }
              - id: c
                prompt: x
                kind: vector
                answer: kept
                points: 1
                mistakes:
                  - { answer: x, feedback: x, when: "count_nonzero(x .< 0) > 0" }
            """), samples: 1000);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.Empty);
        Assert.That(report.Overlaps, Is.Empty);
        Assert.That((report.Enumerated, report.DistinctVariants), Is.EqualTo((true, 3 * 2 * 27)));
    }

    [Test]
    public void A_mistake_equal_to_the_answer_in_every_sampled_variant_is_an_error()
    {
        var report = TemplateValidation.Validate(Template("parameters: { N: { int: [1, 5000] } }\nparts:\n" +
            "  - id: a\n    prompt: x\n    kind: integer\n    answer: N\n    points: 1\n    mistakes:\n      - answer: N + 0\n        feedback: Nothing.\n"), samples: 50);
        Assert.That(report.Enumerated, Is.False);
        Assert.That(report.Errors.Select(e => e.Code), Is.EqualTo(new[] { DeepExam.Diagnostics.DiagnosticCodes.MistakeAlwaysEqualsAnswer }));
        Assert.That(report.Errors.Single().Message, Does.Contain("mistake 'N + 0' equals the correct answer in all 50 variants solved"));
        Assert.That(report.Overlaps, Is.Empty, "reported once, as the error");
    }

    [Test]
    public void A_mistake_that_only_pinned_values_make_equal_to_the_answer_is_no_error_and_the_key_lists_it()
    {
        // Rounding up differs from rounding down unless S divides N: a distinguishing constraint, which pins may waive.
        const string yaml = """
            schema: 2
            id: t
            title: T
            parameters: { N: { int: [10, 40] }, S: { choice: [2, 3] } }
            constraints:
              - check: N % S != 0
                purpose: distinguish
            parts:
              - id: p
                prompt: x
                kind: integer
                answer: N // S
                points: 1
                mistakes:
                  - answer: ceil(N / S)
                    feedback: Rounded up.
            """;
        var folder = Directory.CreateTempSubdirectory("deepexam-waiver-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "exercises"));
            File.WriteAllText(Path.Combine(folder, "exercises", "t.yaml"), yaml);
            var library = DeepExam.Exams.ExerciseLibrary.Load(Path.Combine(folder, "exercises"), BuiltinRegistry.Default);
            var report = TemplateValidation.Validate(library["t"], samples: 1000);
            Assert.That((report.Errors.Length, report.Overlaps.Length), Is.EqualTo((0, 0)));

            var blueprint = Path.Combine(folder, "sheet.yaml");
            File.WriteAllText(blueprint, "schema: 1\nid: sheet\ntitle: Sheet\nexercises:\n  - exercise: t\n    parameters: { N: 12, S: 3 }\n");
            var generator = new DeepExam.Exams.ExamGenerator(DeepExam.Exams.BlueprintLoader.Load(blueprint, library), library, "secret", renderText: false);
            var key = DeepExam.Output.AnswerKeyWriter.Write(generator.Generate(new DeepExam.Exams.Student("s1", "A", "s1")));
            Assert.That(key, Does.Contain("mistakes_same_as_answer:  # this variant cannot tell them from the answer; they get full credit\n          - \"ceil(N / S)\"\n"));
        }
        finally { Directory.Delete(folder, recursive: true); }
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
            "t.yaml:6:12: error DX0101: [t] no variant meets the constraints: all 5 combinations of the parameters were tried: 'a > 10' (never) held in 0 of 5 combinations (never). Widen the parameter ranges or relax the constraint",
        }));
    }

    [Test]
    public void A_constraint_never_met_is_named_once_with_each_constraints_own_pass_rate_not_the_one_checked_first()
    {
        // The reported case: the ties check comes first and fails about half the draws, so counting only first failures
        // blamed it, once per sampled variant (each with its own count); the sum can never exceed 16 · 9 = 144.
        var report = TemplateValidation.Validate(Template("""
            parameters: { X: { matrix: [4, 4], range: [0, 9] } }
            constraints:
              - not pool_has_ties(X, 2)
              - sum(X) > 200
            parts: [ { id: p, prompt: x, kind: matrix, answer: "maxpool2d(X, 2)", points: 1 } ]
            """), samples: 20);
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:7:5: error DX0101: [t] no variant met the constraints in 1,000 draws: 'sum(X) > 200' held in 0 of 1,000 draws (never); 'not pool_has_ties(X, 2)' held in 425 of 1,000. Widen the parameter ranges or relax the constraint",
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

    [Test]
    public void A_parameter_the_working_shows_raw_is_a_warning_asking_for_a_tex_name_beside_its_domain()
    {
        var report = TemplateValidation.Validate(Template("""
            parameters:
              kt: { int: [2, 3] }
              ks: { int: [2, 3], tex: "k_s" }
            parts:
              - { id: a, prompt: x, kind: integer, answer: kt * ks, points: 1 }
            """), samples: 20);
        Assert.That(report.RawNames.Select(w => w.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:5:3: warning: [t] the working of part 'a' writes the parameter 'kt' as $\\mathit{kt}$; give it a TeX name in its domain: kt: { ..., tex: \"...\" }",
        }));
    }

    [Test]
    public void A_fault_met_in_every_variant_is_reported_once_at_its_place_with_its_code()
    {
        var report = Validate("  - id: a\n    prompt: x\n    kind: integer\n    answer: gcd(N + 1/2, 2)\n    points: 1\n");
        Assert.That(report.Errors.Select(e => (e.Location.ToString(), e.Code.Id)), Is.EqualTo(new[] { ("t.yaml:9:13", "DX0103") }));
        Assert.That(report.Errors[0].Message, Does.Contain("gcd: 'a' must be an integer"));
    }
}
