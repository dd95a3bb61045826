using System.Globalization;
using DeepExam.Grading.Submissions;

namespace DeepExam.Tests.Grading;

public class FileQuoteTests
{
    [Test]
    public void A_long_text_is_cut_to_80_characters_and_an_ellipsis_never_inside_a_surrogate_pair()
    {
        Assert.That(FileQuote.Cut(new string('x', 80)), Is.EqualTo(new string('x', 80)));
        Assert.That(FileQuote.Cut(new string('x', 1_000_000)), Is.EqualTo(new string('x', 80) + "…"));
        Assert.That(FileQuote.Cut(new string('x', 79) + "😀 and more"), Is.EqualTo(new string('x', 79) + "…"));
    }

    [Test]
    public void Of_many_items_20_are_noted_and_the_rest_counted_the_same_in_every_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var notes = FileQuote.FirstOf(Enumerable.Range(0, 5020).ToList(), i => $"item {i}", n => $"{n} more").ToList();
            Assert.That(notes, Has.Count.EqualTo(21));
            Assert.That((notes[0], notes[19], notes[20]), Is.EqualTo(("item 0", "item 19", "5,000 more")));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
