using DeepExam.Grading;

namespace DeepExam.Tests.Grading;

public class ConsoleTextTests
{
    [TestCase("s1001: unknown key 'x' ignored", "s1001: unknown key 'x' ignored")]
    [TestCase("Müller ≈ 0.5", "Müller ≈ 0.5")]
    [TestCase("\u001b]0;owned\u0007s1001", "\\u{001b}]0;owned\\u{0007}s1001")]
    [TestCase("a\nb\rc\td", "a\\u{000a}b\\u{000d}c\\u{0009}d")]
    [TestCase("\u009b31m", "\\u{009b}31m")]
    [TestCase("abc\u202Efed", "abc\\u{202e}fed")]
    public void Control_and_bidi_characters_from_files_never_reach_the_terminal_raw(string text, string shown) =>
        Assert.That(ConsoleText.Safe(text), Is.EqualTo(shown));
}
