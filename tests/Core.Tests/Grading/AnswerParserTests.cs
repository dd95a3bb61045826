using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Grading.Answers;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates.Loading;
using DeepExam.Text;

namespace DeepExam.Tests.Grading;

public class AnswerParserTests
{
    /// <summary>A solved one-part exercise whose answer is the given expression, of the given kind.</summary>
    internal static SolvedPart Part(string kind, string answer, string extra = "")
    {
        var yaml = $"schema: 2\nid: t\ntitle: T\nparts:\n  - id: a\n    prompt: x\n    kind: {kind}\n    answer: \"{answer}\"\n    points: 2\n{extra}";
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer())
            .Solve(loaded.Template!, 1, VariantSeed.Random("e", "s", "x", "1")).Parts[0];
    }

    internal static SolvedPart Choice(string kind, params string[] correct) => ChoicePart(kind, correct);

    private static SolvedPart ChoicePart(string kind, string[] correct)
    {
        var options = string.Join("", new[] { "Weight sharing", "More parameters", "Translation equivariance", "Slower training" }
            .Select(t => $"      - text: {t}\n        correct: {(correct.Contains(t) ? "true" : "false")}\n"));
        var yaml = $"schema: 2\nid: t\ntitle: T\nparts:\n  - id: a\n    prompt: x\n    kind: {kind}\n    points: 2\n    shuffle: false\n    options:\n{options}";
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer())
            .Solve(loaded.Template!, 1, VariantSeed.Random("e", "s", "x", "1")).Parts[0];
    }

    internal static AnswerNode Typed(string s) => new AnswerNode.Text(s, false);
    internal static AnswerNode List(params AnswerNode[] items) => new AnswerNode.List([.. items]);

    private static string Read(SolvedPart part, AnswerNode node) => AnswerParser.Parse(node, part).Value.ToString();

    [TestCase("10,001,000", "10001000")]
    [TestCase("10 001 000", "10001000")]
    [TestCase("10_001_000", "10001000")]
    public void Integers_accept_grouped_digits(string text, string value) =>
        Assert.That(Read(Part("integer", "10001000"), Typed(text)), Is.EqualTo(value));

    [TestCase("[28, 28, 5]")]
    [TestCase("28x28x5")]
    [TestCase("28 × 28 × 5")]
    [TestCase("28 x 28 x 5")]
    [TestCase("(28, 28, 5)")]
    [TestCase("28, 28, 5")]
    public void Shapes_accept_the_usual_notations(string text) =>
        Assert.That(Read(Part("shape", "[28, 28, 5]"), Typed(text)), Is.EqualTo("[28, 28, 5]"));

    [TestCase("shape", false)]
    [TestCase("shape", true)]
    [TestCase("tuple", false)]
    [TestCase("vector", false)]
    [TestCase("vector", true)]
    public void In_a_list_answer_every_comma_separates_entries(string kind, bool quoted)
    {
        // A YAML plain scalar 3,224,224 and the string "3,224,224" alike: not the number 3224224.
        Assert.That(Read(Part(kind, "[3, 224, 224]"), new AnswerNode.Text("3,224,224", quoted)), Is.EqualTo("[3, 224, 224]"));
    }

    [TestCase("[1,000, 2]", "[1, 0, 2]")]
    [TestCase("1,000 2", "[1, 0, 2]")]
    [TestCase("28,28 ,3", "[28, 28, 3]")]
    public void Commas_inside_brackets_or_a_row_separate_entries_too(string text, string value) =>
        Assert.That(Read(Part("vector", "[1, 0, 2]"), Typed(text)), Is.EqualTo(value));

    [TestCase("1,2; 3,4")]
    [TestCase("1,2\n3,4")]
    public void Matrix_rows_split_at_every_comma_like_vectors(string text) =>
        Assert.That(Read(Part("matrix", "[[1, 2], [3, 4]]"), Typed(text)), Is.EqualTo("[[1, 2], [3, 4]]"));

    [Test]
    public void A_number_part_still_reads_comma_grouped_thousands() =>
        Assert.That(Read(Part("integer", "3224224"), Typed("3,224,224")), Is.EqualTo("3224224"));

    [TestCase("vector", "[1000, 2]", "'1,000' has a comma inside one entry, but in a list commas separate entries: write 1000")]
    [TestCase("shape", "[1000, 2]", "'1,000' has a comma inside one entry, but in a list commas separate entries: write 1000")]
    [TestCase("matrix", "[[1000, 2]]", "'1,000' has a comma inside one entry")]
    public void A_yaml_list_item_with_a_comma_is_a_format_error(string kind, string answer, string message)
    {
        var items = List(Typed("1,000"), Typed("2"));
        var ex = Assert.Throws<AnswerFormatException>(() => AnswerParser.Parse(kind == "matrix" ? List(items) : items, Part(kind, answer)));
        Assert.That(ex!.Message, Does.Contain(message));
    }

    [TestCase("integer", "3", "not sure", "'not sure' is not a number; write it like 1792, 10,001,000, -3, 11/3 or 0.25")]
    [TestCase("shape", "[28, 28, 5]", "[28, not, 5]", "'not' is not a number; write it like 1792, -3, 11/3 or 0.25")]
    [TestCase("matrix", "[[1, 2], [3, 4]]", "[[1, 2], [not, 4]]", "expected a matrix as a list of rows such as [[1, 2], [3, 4]]: 'not' is not a number; write it like 1792, -3, 11/3 or 0.25")]
    [TestCase("bool", "true", "maybe", "expected true or false (also T/F, yes/no)")]
    public void TryParse_returns_the_format_error_instead_of_throwing_it(string kind, string answer, string text, string message)
    {
        var parsed = AnswerParser.TryParse(Typed(text), Part(kind, answer), out var error);
        Assert.That((parsed, error), Is.EqualTo(((ParsedAnswer?)null, message)));
    }

    [Test]
    public void TryParse_reads_a_readable_grid_without_an_error()
    {
        var parsed = AnswerParser.TryParse(Typed("[[1, 2], [3, 1/2]]"), Part("matrix", "[[1, 2], [3, 4]]"), out var error);
        Assert.That((parsed?.Value.ToString(), error), Is.EqualTo(("[[1, 2], [3, 1/2]]", (string?)null)));
    }

    [Test]
    public void Shapes_accept_yaml_lists() =>
        Assert.That(Read(Part("shape", "[28, 28, 5]"), List(Typed("28"), Typed("28"), Typed("5"))), Is.EqualTo("[28, 28, 5]"));

    [TestCase("[[1, 2], [3, 1/2]]")]
    [TestCase("1 2; 3 1/2")]
    [TestCase("1 2\n3 0.5")]
    [TestCase("1, 2; 3, 0.5")]
    public void Matrices_accept_nested_lists_and_rows_of_text(string text) =>
        Assert.That(Read(Part("matrix", "[[1, 2], [3, 1/2]]"), Typed(text)), Is.EqualTo("[[1, 2], [3, 1/2]]"));

    [Test]
    public void Matrices_accept_yaml_nested_lists() =>
        Assert.That(Read(Part("matrix", "[[1, 2], [3, 4]]"), List(List(Typed("1"), Typed("2")), List(Typed("3"), Typed("−4")))), Is.EqualTo("[[1, 2], [3, -4]]"));

    [TestCase("B", "B")]
    [TestCase("b", "B")]
    [TestCase("(b)", "B")]
    [TestCase("B.", "B")]
    [TestCase("more parameters", "B")]
    public void Single_choice_accepts_letters_and_option_text(string text, string letter) =>
        Assert.That(Read(Choice("choice", "More parameters"), Typed(text)), Is.EqualTo($"\"{letter}\""));

    [TestCase("[A, C]")]
    [TestCase("A, C")]
    [TestCase("AC")]
    [TestCase("c a")]
    public void Multiple_choice_accepts_lists_of_letters(string text) =>
        Assert.That(Read(Choice("multi", "Weight sharing", "Translation equivariance"), Typed(text)), Is.EqualTo("[\"A\", \"C\"]"));

    [TestCase("true", "true")]
    [TestCase("T", "true")]
    [TestCase("yes", "true")]
    [TestCase("F", "false")]
    [TestCase("no", "false")]
    public void True_false_accepts_the_common_words(string text, string value) =>
        Assert.That(Read(Part("bool", "true"), Typed(text)), Is.EqualTo(value));

    [TestCase("integer", "42", "abc", "'abc' is not a number")]
    [TestCase("integer", "42", "1,5", "'1,5' is not a number: a comma in a number groups thousands in threes (10,001,000); a decimal is written with a point (1.5)")]
    [TestCase("integer", "42", "28,28,3", "'28,28,3' looks like a list of numbers, [28, 28, 3], but this part asks for one number")]
    [TestCase("exact", "1/2", "1/2, 3/4", "'1/2, 3/4' looks like a list of numbers, [1/2, 3/4], but this part asks for one number")]
    [TestCase("vector", "[1, 2]", "[1, x]", "'x' is not a number; write it like 1792, -3, 11/3 or 0.25")]
    [TestCase("shape", "[2, 3]", "[2, 3", "not closed")]
    [TestCase("shape", "[2, 3]", "[2.5, 3]", "sizes of a shape are whole numbers")]
    [TestCase("matrix", "[[1, 2], [3, 4]]", "[[1, 2], [3]]", "not all the same length")]
    [TestCase("bool", "true", "maybe", "expected true or false")]
    public void Unreadable_answers_say_which_form_was_expected(string kind, string answer, string text, string message)
    {
        var ex = Assert.Throws<AnswerFormatException>(() => AnswerParser.Parse(Typed(text), Part(kind, answer)));
        Assert.That(ex!.Message, Does.Contain(message));
    }

    [Test]
    public void Choice_of_a_letter_that_is_not_an_option_is_a_format_error() =>
        Assert.That(() => AnswerParser.Parse(Typed("F"), Choice("choice", "Weight sharing")),
            Throws.TypeOf<AnswerFormatException>().With.Message.Contains("there is no option F; choose from A, B, C, D"));

    // The first pick that is not an option is the one named, whether it is a letter, a text or a list.
    [TestCase("[A, F, [B]]", "there is no option F; choose from A, B, C, D")]
    [TestCase("[A, [B], F]", "expected a list of letters from A, B, C, D")]
    [TestCase("A; Faster", "'Faster' is not one of the options")]
    public void Multiple_choice_names_its_first_unreadable_pick(string text, string message)
    {
        var part = Choice("multi", "Weight sharing", "Translation equivariance");
        var node = text.StartsWith('[') ? NestedListText.Parse(text) : Typed(text);
        Assert.That(AnswerParser.TryParse(node, part, out var error), Is.Null);
        Assert.That(error, Does.Contain(message));
    }

    [TestCase("bool", "maybe", "expected true or false (also T/F, yes/no)")]
    [TestCase("choice", "not sure", "'not sure' is not one of the options; answer with a letter: A, B, C, D")]
    public void Unreadable_true_false_and_choice_answers_come_back_as_format_errors(string kind, string text, string message)
    {
        var part = kind == "bool" ? Part("bool", "true") : Choice("choice", "Weight sharing");
        Assert.That((AnswerParser.TryParse(Typed(text), part, out var error), error), Is.EqualTo(((ParsedAnswer?)null, message)));
    }

    [Test]
    public void A_list_for_a_number_is_a_format_error() =>
        Assert.That(() => AnswerParser.Parse(List(Typed("1")), Part("integer", "1")),
            Throws.TypeOf<AnswerFormatException>().With.Message.Contains("expected a single number"));
}
