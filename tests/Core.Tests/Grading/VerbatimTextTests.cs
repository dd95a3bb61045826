using DeepExam.Documents;
using DeepExam.Grading.Reports.Composition;

namespace DeepExam.Tests.Grading;

public class VerbatimTextTests
{
    private static string Shown(string text) => string.Concat(VerbatimText.Inlines(text).Select(i => i switch
    {
        TextRun r => r.Text,
        LineBreak => "\n",
        _ => throw new AssertionException($"unexpected inline {i}"),
    }));

    [TestCase(@"$\frac{1}{2}$ **bold** # <script>")]
    [TestCase("[[1, 2], [3, 4]]")]
    [TestCase("`code` _x_ [a](b) | c |")]
    public void Markdown_and_tex_characters_stay_characters(string answer)
    {
        var inlines = VerbatimText.Inlines(answer);
        Assert.That(inlines, Has.All.InstanceOf<TextRun>().And.Property("Style").EqualTo(TextStyle.Code));
        Assert.That(Shown(answer), Is.EqualTo(answer));
    }

    [TestCase("1  2\r\n  3", "1 \u00A02\n\u00A0\u00A03")]
    [TestCase("a\tb", "a \u00A0\u00A0b")]
    [TestCase("abc\td", "abc d")]
    public void Lines_are_kept_and_runs_of_spaces_and_tabs_keep_their_width(string answer, string shown) =>
        Assert.That(Shown(answer), Is.EqualTo(shown));

    [Test]
    public void Characters_that_cannot_be_drawn_show_as_replacement_characters() =>
        Assert.That(Shown("a\u0007b\u202Ec\U0001F600d"), Is.EqualTo("a\uFFFDb\uFFFDc\uFFFDd"));

    [Test]
    public void A_very_long_answer_is_shortened_and_says_so()
    {
        var shown = Shown(new string('7', 5000));
        Assert.That(shown, Does.StartWith(new string('7', VerbatimText.MaxCharacters) + " …\n"));
        Assert.That(shown, Does.EndWith("(shortened: the answer has 5,000 characters; all of them are in the feedback YAML)"));
        Assert.That(Shown(string.Join("\n", Enumerable.Repeat("1", 100))).Split('\n'), Has.Length.EqualTo(VerbatimText.MaxLines + 1));
    }

    [Test]
    public void A_long_nested_list_is_set_a_row_per_line()
    {
        Assert.That(VerbatimText.Rows("[[1, 0, 1, 0], [0, 1, 0, 0], [0, 0, 0, 0], [0, 1, 0, 1]]"),
            Is.EqualTo("[[1, 0, 1, 0],\n [0, 1, 0, 0],\n [0, 0, 0, 0],\n [0, 1, 0, 1]]"));
        Assert.That(VerbatimText.Rows("[[1, 2], [3, 4]]"), Is.EqualTo("[[1, 2], [3, 4]]"), "short enough for one line");
        Assert.That(VerbatimText.Rows(new string('1', 80)), Is.EqualTo(new string('1', 80)), "not a list");
    }

    [Test]
    public void Quoted_file_text_is_one_printable_line() =>
        Assert.That(VerbatimText.Printable("check 'a\nb\u202E'"), Is.EqualTo("check 'a b\uFFFD'"));
}
