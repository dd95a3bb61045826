using DeepExam.Builtins;
using DeepExam.Templates;
using DeepExam.Templates.Domains;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Templates;

public class ExerciseTemplateLoaderTests
{
    private static TemplateLoadResult Load(string yaml) =>
        new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");

    private const string Valid = """
        schema: 2
        id: sample
        title: Sample
        parameters:
          N: { int: [10, 20], step: 2 }
          K: { choice: [3, 5] }
          bias: bool
          X: { matrix: [2, 3], range: [-2, 2], denominators: [1, 2] }
          fixed: 7
        derived:
          out: N - K + 1
        constraints:
          - N > K
          - check: out >= 2
            message: room for two windows
        parts:
          - id: a
            prompt: What is {{N}} - {{K}} + 1?
            kind: integer
            answer: out
            points: 2
            solution: "{{a}}"
            mistakes:
              - answer: out - 1
                feedback: You forgot the +1.
          - id: b
            prompt: Pick one.
            kind: choice
            points: 1
            options:
              - text: right
                correct: true
              - text: wrong
        """;

    [Test]
    public void Reads_every_section_of_a_valid_template()
    {
        var result = Load(Valid);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var t = result.Template!;
        Assert.That(t.Id, Is.EqualTo("sample"));
        Assert.That(t.Parameters.Select(p => p.Name), Is.EqualTo(new[] { "N", "K", "bias", "X", "fixed" }));
        Assert.That(t.Parameters[0].Domain, Is.EqualTo(new IntegerRange(10, 20, 2)));
        Assert.That(t.Parameters[2].Domain, Is.InstanceOf<BooleanDomain>());
        Assert.That(((TensorDomain)t.Parameters[3].Domain).Shape, Is.EqualTo(new[] { 2, 3 }));
        Assert.That(t.Derived.Single().Name, Is.EqualTo("out"));
        Assert.That(t.Constraints.Select(c => c.Condition.Source), Is.EqualTo(new[] { "N > K", "out >= 2" }));
        Assert.That(t.Parts[0].Kind, Is.EqualTo(AnswerKind.Integer));
        Assert.That(t.Parts[0].Mistakes.Single().Answer.Source, Is.EqualTo("out - 1"));
        Assert.That(t.Parts[1].Options.Length, Is.EqualTo(2));
        Assert.That(t.Parts[1].Shuffle, Is.True);
    }

    [TestCase("", ConstraintPurpose.Valid, TestName = "A constraint keeps variants valid unless it says otherwise")]
    [TestCase("\n    purpose: valid", ConstraintPurpose.Valid, TestName = "purpose: valid is the default written out")]
    [TestCase("\n    purpose: distinguish", ConstraintPurpose.Distinguish, TestName = "purpose: distinguish marks a constraint that keeps mistakes apart")]
    public void Reads_the_purpose_of_a_constraint(string purposeLine, ConstraintPurpose purpose)
    {
        var result = Load(Valid.Replace("    message: room for two windows", "    message: room for two windows" + purposeLine));
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Template!.Constraints.Select(c => c.Purpose), Is.EqualTo(new[] { ConstraintPurpose.Valid, purpose }));
    }

    [TestCase("answer: out", "answer: outt", "10:13", "DX1404", TestName = "An unknown name in an answer")]
    [TestCase("derived: { out: N - K + 1 }", "derived: { out: N - K + 1 }\nconstraints: [{ check: N > K, purpose: distinguishes }]", "6:40", "DX1108", TestName = "An unknown constraint purpose")]
    [TestCase("answer: out", "answer: conv_outt(N, K)", "10:13", "DX1405", TestName = "An unknown function")]
    [TestCase("answer: out", "answer: floor(N, K)", "10:13", "DX1406", TestName = "A call with too many arguments")]
    [TestCase("answer: out", "answer: out +", "10:18", "DX1403", TestName = "An expression that ends too early")]
    [TestCase("kind: integer", "kind: integr", "9:11", "DX1302", TestName = "An unknown answer kind")]
    [TestCase("points: 2", "points: two", "11:13", "DX1012", TestName = "Points that are not a number")]
    [TestCase("prompt: What", "promt: What", "8:5", "DX1016", TestName = "A misspelt key of a part")]
    [TestCase("{ out: N - K + 1 }", "{ out: { tex: n } }", "5:17", "DX1009", TestName = "A derived value without expr")]
    [TestCase("{ out: N - K + 1 }", "{ out: { expr: N - K + 1, texx: n } }", "5:36", "DX1016", TestName = "A misspelt key of a derived value")]
    [TestCase("{ out: N - K + 1 }", "{ out: { expr: N - K + 1, tex: \"$n$\" } }", "5:41", "DX1409", TestName = "A derived value's tex with dollars")]
    [TestCase("{ out: N - K + 1 }", "{ out: { expr: N - K + , tex: n } }", "5:32", "DX1403", TestName = "A syntax error in a derived value written as a mapping")]
    [TestCase("K: 3 }", "K: { choice: [3], tex: \"$k$\" } }", "4:58", "DX1409", TestName = "A parameter's tex with dollars")]
    [TestCase("K: 3 }", "K: { choice: [3], texx: k } }", "4:53", "DX1016", TestName = "A misspelt key of a parameter")]
    public void Reports_a_problem_at_its_file_line_and_column(string replace, string with, string lineColumn, string code)
    {
        var yaml = """
            schema: 2
            id: sample
            title: Sample
            parameters: { N: { int: [5, 9] }, K: 3 }
            derived: { out: N - K + 1 }
            parts:
              - id: a
                prompt: What
                kind: integer
                answer: out
                points: 2
            """.Replace(replace, with);
        var result = Load(yaml);
        Assert.That(result.Template, Is.Null);
        Assert.That(result.Diagnostics.Select(d => (d.Location.ToString(), d.Code.Id)), Has.Member(($"t.yaml:{lineColumn}", code)), string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void Collects_every_problem_of_a_file_not_just_the_first()
    {
        var result = Load("""
            schema: 3
            id: Bad Id
            title: x
            parameters:
              floor: 3
              N: { int: [9, 1] }
            derived:
              y: nope + 1
            parts:
              - id: a
                prompt: "{{missing}}"
                kind: integer
                answer: 1 / 
                points: -1
            """);
        var messages = result.Diagnostics.Select(d => d.Message).ToList();
        Assert.That(messages, Has.Some.Contains("schema 3 is not supported"));
        Assert.That(messages, Has.Some.Contains("id 'Bad Id' must be"));
        Assert.That(messages, Has.Some.Contains("'floor' is the name of a builtin"));
        Assert.That(messages, Has.Some.Contains("the range [9, 1] is empty"));
        Assert.That(messages, Has.Some.Contains("unknown name 'nope'"));
        Assert.That(messages, Has.Some.Contains("ends too early"));
        Assert.That(messages, Has.Some.Contains("points must be positive"));
        Assert.That(messages.Count, Is.GreaterThanOrEqualTo(7));
    }

    [TestCase("prompt: \"{{a}}\"", "prompt of part 'a' shows the answer of part 'a'")]
    [TestCase("solution: \"{{nosuch}}\"", "uses unknown name 'nosuch'")]
    [TestCase("solution: \"{{ if N > 1 }}x\"", "solution of part 'a': Error while parsing if statement: The <end> statement was not found")]
    [TestCase("solution: \"{{N} and {{tex N}}\"", "solution of part 'a': Invalid token found `}`")]
    [TestCase("solution: \"{{ x = N }}\"", "solution of part 'a' assigns a value; compute values in 'derived'")]
    [TestCase("solution: \"{{ 1 / 2 }}\"", "solution of part 'a' computes with two numbers written in the text")]
    [TestCase("solution: \"{{ tex (flip N) }} and {{ nosuch.x }}\"", "uses unknown name 'nosuch'")]
    public void Checks_the_text_of_every_part(string line, string message)
    {
        var yaml = $"""
            schema: 2
            id: sample
            title: Sample
            parameters: {"{"} N: 3 {"}"}
            parts:
              - id: a
                kind: integer
                answer: N
                points: 1
                {(line.StartsWith("prompt", StringComparison.Ordinal) ? line : "prompt: ok\n    " + line)}
            """;
        var result = Load(yaml);
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains(message), yaml);
    }

    [TestCase("prompt: \"Compute {{ b }}.\"", "prompt of part 'b' shows the answer of part 'b'")]
    [TestCase("prompt: \"Compute {{ size }}.\"", "prompt of part 'b' shows the answer of part 'b' ('size' is that answer)")]
    [TestCase("prompt: \"Compute {{ conv_out N 3 }}.\"", "prompt of part 'b' shows the answer of part 'b' by computing it (conv_out(N, 3))")]
    [TestCase("prompt: \"Compute {{ conv_out N 3 stride: 2 }}.\"", "prompt of part 'b' shows the answer of part 'c' by computing it (conv_out(N, 3, stride=2))")]
    public void A_prompt_never_shows_its_own_or_a_later_answer_by_any_route(string prompt, string message)
    {
        var yaml = $"""
            schema: 2
            id: sample
            title: Sample
            parameters: {"{"} N: {"{"} int: [8, 12] {"}"} {"}"}
            derived: {"{"} size: "conv_out(N, 3)" {"}"}
            parts:
              - {"{"} id: a, prompt: ok, kind: integer, answer: N, points: 1 {"}"}
              - id: b
                {prompt}
                kind: integer
                answer: size
                points: 1
              - {"{"} id: c, prompt: ok, kind: integer, answer: "conv_out(N, 3, stride=2)", points: 1 {"}"}
            """;
        Assert.That(Load(yaml).Diagnostics.Select(d => d.Message), Has.Some.EqualTo(message), yaml);
    }

    [Test]
    public void A_later_prompt_may_show_an_earlier_answer_however_it_gets_it()
    {
        var result = Load("""
            schema: 2
            id: sample
            title: Sample
            parameters: { N: { int: [8, 12] } }
            derived: { size: "conv_out(N, 3)" }
            parts:
              - { id: a, prompt: ok, kind: integer, answer: size, points: 1 }
              - { id: b, prompt: "After {{ size }} = {{ conv_out N 3 }}, what then?", kind: integer, answer: "size * 2", points: 1 }
            """);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [TestCase("{{ s.why }} {{ bank[0].text }} {{ for r in bank }}{{ r.truth }}{{ end }}", null)]
    [TestCase("{{ s.wy }}", "reads field 'wy', which the records do not have (did you mean 'why'?); their fields are text, truth, why")]
    [TestCase("{{ bank[1].txt }}", "reads field 'txt', which the records do not have (did you mean 'text'?); their fields are text, truth, why")]
    [TestCase("{{ for r in bank }}{{ r.trth }}{{ end }}", "reads field 'trth', which the records do not have (did you mean 'truth'?); their fields are text, truth, why")]
    [TestCase("{{ bank.text }}", "reads '.text' of a list of records: pick one first, e.g. bank[0].text")]
    public void Record_fields_in_text_are_checked_at_load(string solution, string? problem)
    {
        var result = Load($$"""
            schema: 2
            id: sample
            title: Sample
            parameters:
              s: { choice: [ { text: A, truth: true, why: a }, { text: B, truth: false, why: b } ] }
              bank: { sample: 2, from: [ { text: A, truth: true, why: a }, { text: B, truth: false, why: b }, { text: C, truth: true, why: c } ] }
            parts:
              - id: a
                prompt: ok
                kind: bool
                answer: s.truth
                points: 1
                solution: "{{solution}}"
            """);
        var messages = result.Diagnostics.Select(d => d.Message).ToList();
        if (problem is null) Assert.That(messages, Is.Empty);
        else Assert.That(messages, Is.EqualTo(new[] { $"solution of part 'a' {problem}" }));
    }

    [Test]
    public void A_schema_1_file_says_to_run_migrate()
    {
        var result = Load(Valid.Replace("schema: 2", "schema: 1"));
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:1:9: error DX1101: [sample] schema 1 (text written in Handlebars) is no longer read; rewrite the file for schema 2 with: migrate t.yaml",
        }));
    }

    [Test]
    public void A_text_error_in_an_indented_block_is_reported_at_its_column_in_the_file()
    {
        var result = Load("""
            schema: 2
            id: sample
            title: Sample
            parameters: { N: 3 }
            parts:
              - id: a
                kind: integer
                answer: N
                points: 1
                prompt: |
                  First line with {{ N }}.
                  Then {{ tex nosuch }}.
            """);
        Assert.That(result.Diagnostics.Select(d => d.ToString()).Single(), Does.StartWith("t.yaml:12:19: error DX1404: [sample] prompt of part 'a' uses unknown name 'nosuch'"));
    }

    [TestCase("{ [")]
    [TestCase("a: b\n  c: d")]
    [TestCase("")]
    [TestCase("- 1\n- 2")]
    public void Malformed_yaml_is_a_diagnostic_not_an_exception(string yaml)
    {
        var result = Load(yaml);
        Assert.That(result.Template, Is.Null);
        Assert.That(result.Diagnostics, Is.Not.Empty);
        Assert.That(result.Diagnostics[0].Location.File, Is.EqualTo("t.yaml"));
    }

    [Test]
    public void A_part_id_may_not_shadow_a_parameter_and_later_parts_may_use_earlier_answers()
    {
        var result = Load("""
            schema: 2
            id: sample
            title: Sample
            parameters: { N: 3 }
            parts:
              - { id: N, prompt: x, kind: integer, answer: "1", points: 1 }
              - { id: b, prompt: x, kind: integer, answer: "2", points: 1 }
              - { id: c, prompt: x, kind: integer, answer: "b + 1", points: 1 }
            """);
        Assert.That(result.Diagnostics.Select(d => d.Message), Has.Some.Contains("part id 'N' is already the name of a parameter"));

        var ok = Load("""
            schema: 2
            id: sample
            title: Sample
            parameters: { N: 3 }
            parts:
              - { id: b, prompt: x, kind: integer, answer: "2", points: 1 }
              - { id: c, prompt: x, kind: integer, answer: "b + N", points: 1 }
            """);
        Assert.That(ok.Template!.Parts[1].Uses, Is.EqualTo(new[] { "b" }));
    }

    [Test]
    public void A_derived_value_may_carry_the_tex_name_the_working_writes_it_with()
    {
        var template = Load("""
            schema: 2
            id: sample
            title: Sample
            parameters: { N: { int: [5, 9] }, K: 3 }
            derived:
              out: { expr: N - K + 1, tex: "n_{out}" }
              twice: 2 * out
            parts: [ { id: a, prompt: What, kind: integer, answer: twice, points: 1 } ]
            """).Template!;
        Assert.That(template.Derived.Select(d => (d.Name, d.Expression.Source, d.Tex)),
            Is.EqualTo(new[] { ("out", "N - K + 1", (string?)"n_{out}"), ("twice", "2 * out", null) }));
    }

    [Test]
    public void A_parameter_may_carry_the_tex_name_the_working_writes_it_with_beside_its_domain()
    {
        var result = Load("""
            schema: 2
            id: sample
            title: Sample
            parameters:
              kt: { choice: [2, 3], tex: " k_t " }
              dY: { matrix: [2, 2], range: [-2, 2], tex: "\\partial L / \\partial Y" }
              N: { int: [5, 9] }
            parts: [ { id: a, prompt: What, kind: integer, answer: kt * N, points: 1 } ]
            """);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Template!.Parameters.Select(p => (p.Name, p.Tex)),
            Is.EqualTo(new[] { ("kt", (string?)"k_t"), ("dY", @"\partial L / \partial Y"), ("N", null) }));
        Assert.That(((ChoiceDomain)result.Template.Parameters[0].Domain).Options, Has.Length.EqualTo(2), "tex is no part of the domain");
    }
}
