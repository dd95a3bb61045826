using System.Text.Json;
using System.Text.RegularExpressions;
using DeepExam.Answers.Grammar;
using DeepExam.Grading.Answers;
using DeepExam.Kinds;
using DeepExam.Templates;
using DeepExam.Tests.Grading;

namespace DeepExam.Tests.Answers.Grammar;

public class AnswerGrammarTests
{
    [Test]
    public void Blank_characters_are_exactly_those_dotnet_counts_as_white_space()
    {
        var whiteSpace = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(char.IsWhiteSpace).ToList();
        Assert.That(BlankCharacters.All.ToList(), Is.EqualTo(whiteSpace));
        var inClass = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(c => GrammarRegex.Whole(BlankCharacters.Class).IsMatch(c.ToString())).ToList();
        Assert.That(inClass, Is.EqualTo(whiteSpace));
    }

    [Test]
    public void Every_answer_kind_has_its_reading_in_the_grammar()
    {
        Assert.That(AnswerGrammar.Rules.Kinds.Select(k => k.Name), Is.EqualTo(AnswerKinds.Handlers.InOrder.Select(h => h.Name)));
        Assert.That(AnswerGrammar.Of(AnswerKind.MultipleChoice).Reader, Is.EqualTo(AnswerReader.Choices));
    }

    [Test]
    public void The_json_is_small_ascii_and_safe_inside_a_script_element()
    {
        var json = AnswerGrammar.Json;
        Assert.That(json.Length, Is.LessThan(7000));
        Assert.That(json.All(c => c is >= ' ' and < '\u007F'), Is.True, "non-ASCII and control characters are \\u escapes");
        Assert.That(json, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&"));
        Assert.That(json, Is.EqualTo(AnswerGrammar.Json));
    }

    [Test]
    public void The_json_holds_the_rules_as_the_checker_reads_them()
    {
        using var document = JsonDocument.Parse(AnswerGrammar.Json);
        var root = document.RootElement;
        Assert.That(root.GetProperty("blank").GetString(), Is.EqualTo(BlankCharacters.All));
        Assert.That(root.GetProperty("list").GetProperty("separator").GetString(), Is.EqualTo(","));
        Assert.That(root.GetProperty("kinds")[9].GetProperty("reader").GetString(), Is.EqualTo("choices"));
        Assert.That(root.GetProperty("number").GetProperty("forms")[0].GetProperty("pattern").GetString(), Is.EqualTo(AnswerGrammar.Rules.Number.Forms[0].Pattern));
        Assert.That(root.GetProperty("trueFalse").GetProperty("true")[2].GetString(), Is.EqualTo("yes"));
    }

    [Test]
    public void Whole_text_patterns_do_not_match_before_a_final_line_break()
    {
        // .NET's $ would; JavaScript's does not, so the grammar anchors with \z.
        Assert.That(NumberText.TryParse("12\n", out _, out _), Is.True, "trimmed first");
        Assert.That(GrammarRegex.Whole("[0-9]+").IsMatch("12\n"), Is.False);
    }

    [Test]
    public void The_checker_script_is_embedded_with_its_api()
    {
        Assert.That(AnswerGrammar.CheckerScript, Does.Contain("root.DeepExamAnswerCheck = api;"));
        Assert.That(AnswerGrammar.CheckerScript, Does.Contain("module.exports = api"));
        Assert.That(AnswerGrammar.CheckerScript, Does.Not.Contain("\r"));
        // Carried by every answer form, which must stay under 60 KB with the exam in it.
        Assert.That(AnswerGrammar.CheckerScript.Length, Is.LessThan(13_000));
    }

    [Test]
    public void A_part_descriptor_gives_kind_size_and_options_but_no_answer()
    {
        Assert.That(AnswerPartDescriptor.Of(AnswerParserTests.Part("matrix", "[[1, 2, 3], [4, 5, 6]]")).Json(), Is.EqualTo("""{"kind":"matrix","size":[2,3],"options":null}"""));
        Assert.That(AnswerPartDescriptor.Of(AnswerParserTests.Part("shape", "[28, 28, 5]")).Json(), Is.EqualTo("""{"kind":"shape","size":[3],"options":null}"""));
        Assert.That(AnswerPartDescriptor.Of(AnswerParserTests.Part("integer", "42")).Json(), Is.EqualTo("""{"kind":"integer","size":null,"options":null}"""));
        var choice = AnswerPartDescriptor.Of(AnswerParserTests.Choice("choice", "More parameters")).Json();
        Assert.That(choice, Does.StartWith("""{"kind":"choice","size":null,"options":[{"letter":"A","text":"Weight sharing"},{"letter":"B","text":"More parameters"},"""));
        Assert.That(choice, Does.Not.Contain("correct"));
    }

    [TestCase("vector", "[1, 2, 3]", "[1, 2]", "size")]
    [TestCase("vector", "[1, 2, 3]", "1 2 3", "ok")]
    [TestCase("matrix", "[[1, 2], [3, 4]]", "1 2 3 4", "size")]
    [TestCase("matrix", "[[1, 2], [3, 4]]", "1 2; 3", "format")]
    [TestCase("shape", "[28, 28, 5]", "28x28", "size")]
    [TestCase("shape", "[28, 28, 5]", "28x28x2.5", "format")]
    [TestCase("integer", "42", " \u2009\t", "empty")]
    [TestCase("integer", "42", "1,5", "format")]
    public void The_graders_check_tells_a_wrong_size_from_a_format_error(string kind, string answer, string text, string status) =>
        Assert.That(AnswerCheck.Check(AnswerParserTests.Part(kind, answer), text).StatusName, Is.EqualTo(status));

    [TestCase("1_000", "ok")]
    [TestCase("1,000", "format")]
    [TestCase("-1/2", "ok")]
    [TestCase("", "empty")]
    [TestCase("x", "format")]
    public void An_entry_is_a_number_without_a_comma(string text, string status) =>
        Assert.That(AnswerCheck.CheckEntry(text).StatusName, Is.EqualTo(status));

    [Test]
    public void Docs_list_the_grammar_as_the_data_says()
    {
        var path = Path.Combine(TestPaths.Repository, "docs", "grading.md");
        var docs = File.ReadAllText(path);
        var expected = AnswerGrammarMarkdown.Render();
        var begin = docs.IndexOf(AnswerGrammarMarkdown.Begin, StringComparison.Ordinal);
        var end = docs.IndexOf(AnswerGrammarMarkdown.End, StringComparison.Ordinal);
        Assert.That(begin, Is.GreaterThanOrEqualTo(0), "docs/grading.md has no generated answer grammar section");
        var actual = docs[begin..(end + AnswerGrammarMarkdown.End.Length)];
        if (actual != expected && Environment.GetEnvironmentVariable("DEEPEXAM_GOLDEN") == "update")
        {
            File.WriteAllText(path, docs[..begin] + expected + docs[(end + AnswerGrammarMarkdown.End.Length)..]);
            return;
        }
        Assert.That(actual, Is.EqualTo(expected), "rewrite it with DEEPEXAM_GOLDEN=update");
    }

    [Test]
    public void Every_pattern_is_in_the_syntax_both_engines_share()
    {
        // No lookbehind, no .NET-only groups, classes or options: what ECMAScript mode compiles, and no \s, \d or \w, whose sets differ.
        var patterns = AnswerGrammar.Rules.Number.Forms.Select(f => f.Pattern)
            .Concat([AnswerGrammar.Rules.List.ShapeSeparator, AnswerGrammar.Rules.Choice.Letter, AnswerGrammar.Rules.Choice.LetterRun]);
        foreach (var pattern in patterns)
        {
            Assert.That(() => new Regex(pattern, RegexOptions.ECMAScript), Throws.Nothing, pattern);
            Assert.That(pattern, Does.Not.Contain("(?<=").And.Not.Contain("(?<!").And.Not.Contain("(?>").And.Not.Contain(@"\p{").And.Not.Contain("(?i"), pattern);
            Assert.That(Regex.IsMatch(pattern, @"(?<!\\)\\[sdwSDWAZzG]"), Is.False, pattern);
        }
    }
}
