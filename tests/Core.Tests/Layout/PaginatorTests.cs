using DeepExam.Layout;

namespace DeepExam.Tests.Layout;

public class PaginatorTests
{
    // A page whose content area is exactly 100 pt tall.
    private static readonly PageSetup Page = new(200, 160, 20, 30, 20, 30);

    private static FlowItem Item(string name, double height, bool keep = false, double space = 0) =>
        new(new Fragment(100, height, 0, [], name), space, keep);

    private static List<List<string>> Names(System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<PlacedFragment>> pages) =>
        [.. pages.Select(p => p.Select(f => f.Fragment.What).ToList())];

    [Test]
    public void Items_fill_a_page_and_continue_on_the_next()
    {
        var pages = Paginator.Paginate([Item("a", 40), Item("b", 40), Item("c", 40)], Page);
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a", "b" }, new[] { "c" } }));
        Assert.That(pages[1][0].Y, Is.EqualTo(Page.Top), "the next page starts at the top margin");
    }

    [Test]
    public void Items_kept_with_the_next_move_to_a_new_page_together()
    {
        var pages = Paginator.Paginate([Item("a", 50), Item("heading", 10, keep: true), Item("statement", 20, keep: true), Item("part", 30)], Page);
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a" }, new[] { "heading", "statement", "part" } }));
    }

    [Test]
    public void A_chain_taller_than_a_page_is_broken_where_it_must_be()
    {
        var pages = Paginator.Paginate([Item("a", 60, keep: true), Item("b", 60, keep: true), Item("c", 10)], Page);
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a" }, new[] { "b", "c" } }));
    }

    private static FlowItem Kept(string name, double height, double block) => Item(name, height, keep: true) with { KeptByBlockOf = block };

    [Test]
    public void A_long_kept_block_starts_on_a_page_under_half_full_and_breaks_at_its_last_allowed_point()
    {
        // The block (a heading kept with its statement's three paragraphs) is 70pt: moved whole, it would leave the
        // first page at 40 of 100pt. It starts there and breaks after the second paragraph, the last point that fits.
        var pages = Paginator.Paginate([Item("a", 40), Item("heading", 10, keep: true), Kept("p1", 20, 70), Kept("p2", 20, 70), Item("p3", 20)], Page);
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a", "heading", "p1", "p2" }, new[] { "p3" } }));
    }

    [Test]
    public void A_short_kept_block_moves_whole()
    {
        // The prompt is kept with its answer box by a 20pt block: a quarter of the page or less never breaks.
        var pages = Paginator.Paginate([Item("a", 45), Item("heading", 40, keep: true), Kept("prompt", 10, 20), Item("box", 10)], Page);
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a" }, new[] { "heading", "prompt", "box" } }));
    }

    [Test]
    public void A_long_kept_block_moves_whole_when_the_page_is_half_full_already()
    {
        var pages = Paginator.Paginate([Item("a", 55), Kept("p1", 20, 60), Kept("p2", 20, 60), Item("p3", 20)], Page);
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a" }, new[] { "p1", "p2", "p3" } }));
    }

    [Test]
    public void A_repeated_header_is_set_above_an_item_that_starts_a_page()
    {
        var header = new Fragment(100, 15, 0, [], "header (continued)");
        FlowItem Row(string name) => Item(name, 30) with { RepeatedHeader = header };
        var pages = Paginator.Paginate([Item("header", 15, keep: true), Row("row 1"), Row("row 2"), Row("row 3"), Row("row 4")], Page);
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "header", "row 1", "row 2" }, new[] { "header (continued)", "row 3", "row 4" } }));
        Assert.That(pages[1][1].Y, Is.EqualTo(Page.Top + 15), "the row goes under the repeated header");
    }

    [Test]
    public void A_repeated_header_counts_when_a_chain_decides_whether_it_fits_an_empty_page()
    {
        // 15 + 45 + 45 is more than the page: the chain breaks instead of moving whole and overflowing under the header.
        var header = new Fragment(100, 15, 0, [], "header (continued)");
        var pages = Paginator.Paginate([Item("a", 50), Item("b", 45, keep: true) with { RepeatedHeader = header }, Item("c", 45) with { RepeatedHeader = header }], Page);
        Assert.That(pages.SelectMany(p => p).All(f => f.Y + f.Fragment.Height <= Page.Top + Page.ContentHeight + 0.01), Is.True);
    }

    [Test]
    public void Space_before_is_dropped_at_the_top_of_a_page()
    {
        var pages = Paginator.Paginate([Item("a", 90), Item("b", 20, space: 8)], Page);
        Assert.That(pages[1][0].Y, Is.EqualTo(Page.Top));
        var same = Paginator.Paginate([Item("a", 50), Item("b", 20, space: 8)], Page);
        Assert.That(same[0][1].Y, Is.EqualTo(Page.Top + 58));
    }

    [Test]
    public void Content_taller_than_a_page_is_an_error_naming_it()
    {
        var error = Assert.Throws<LayoutException>(() => Paginator.Paginate([Item("the formula 'W = ...'", 140)], Page));
        Assert.That(error!.Message, Does.Contain("the formula 'W = ...'").And.Contain("140pt tall").And.Contain("100pt"));
    }

    [Test]
    public void Content_wider_than_the_column_is_an_error_naming_it()
    {
        var wide = new FlowItem(new Fragment(300, 10, 0, [], "row 1 of table 1×9"), 0, false);
        var error = Assert.Throws<LayoutException>(() => Paginator.Paginate([wide], Page));
        Assert.That(error!.Message, Does.Contain("row 1 of table 1×9").And.Contain("wide"));
    }
}
