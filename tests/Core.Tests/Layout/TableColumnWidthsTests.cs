using DeepExam.Layout;

namespace DeepExam.Tests.Layout;

public class TableColumnWidthsTests
{
    [Test]
    public void Natural_widths_are_kept_when_they_fit()
    {
        Assert.That(TableColumnWidths.Of([40, 100, 60], [30, 50, 60], 300), Is.EqualTo(new[] { 40.0, 100, 60 }));
    }

    [Test]
    public void Columns_narrower_than_a_fair_share_keep_their_natural_width_and_only_the_wide_one_wraps()
    {
        // A fair share of 400pt is 100pt; the three narrow columns keep their 210pt and the wide one gets the rest.
        Assert.That(TableColumnWidths.Of([40, 400, 90, 80], [30, 60, 70, 60], 400), Is.EqualTo(new[] { 40.0, 190, 90, 80 }));
    }

    [Test]
    public void A_short_column_is_not_wrapped_to_pay_for_a_long_one()
    {
        // Shrinking in proportion to what each column could give up would set the first column at 129pt, wrapping it.
        Assert.That(TableColumnWidths.Of([200, 600], [20, 20], 500), Is.EqualTo(new[] { 200.0, 300 }));
    }

    [Test]
    public void Wide_columns_share_what_is_left_equally()
    {
        Assert.That(TableColumnWidths.Of([50, 300, 500], [20, 50, 50], 350), Is.EqualTo(new[] { 50.0, 150, 150 }));
    }

    [Test]
    public void A_wide_column_is_never_narrowed_below_its_longest_word()
    {
        Assert.That(TableColumnWidths.Of([50, 300, 500], [20, 200, 50], 350), Is.EqualTo(new[] { 50.0, 200, 100 }));
    }

    [Test]
    public void Columns_at_their_longest_word_fill_the_width_exactly()
    {
        Assert.That(TableColumnWidths.Of([100, 300], [60, 240], 300), Is.EqualTo(new[] { 60.0, 240 }));
    }

    [Test]
    public void There_are_no_widths_when_the_longest_words_do_not_fit()
    {
        Assert.That(TableColumnWidths.Of([100, 300], [80, 240], 300), Is.Null);
    }
}
