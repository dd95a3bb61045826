using DeepExam.Layout;

namespace DeepExam.Tests.Layout;

public class StreamingPaginatorTests
{
    // A page whose content area is exactly 100 pt tall.
    private static readonly PageSetup Page = new(200, 160, 20, 30, 20, 30);

    private static FlowBlock Block(string name, params double[] heights) =>
        new(name, [.. heights.Select((h, i) => new FlowItem(new Fragment(100, h, 0, [], $"{name}{i}"), i == 0 ? 10 : 2, false))]);

    private static List<FilledPage> Fill(params FlowBlock[] blocks)
    {
        var paginator = new StreamingPaginator(Page);
        var pages = blocks.SelectMany(paginator.Add).ToList();
        if (paginator.Finish() is { } last) pages.Add(last);
        return pages;
    }

    private static List<List<string>> Names(List<FilledPage> pages) => [.. pages.Select(p => p.Content.Select(f => f.Fragment.What).ToList())];

    [Test]
    public void Blocks_share_a_page_while_they_fit()
    {
        var pages = Fill(Block("a", 20, 20), Block("b", 20, 20));
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a0", "a1", "b0", "b1" } }));
        Assert.That(pages[0].Blocks, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(pages[0].Content.Select(f => f.Y), Is.EqualTo(new[] { 30.0, 52, 82, 104 }), "space before is kept between blocks, dropped at the top");
    }

    [Test]
    public void A_block_that_does_not_fit_the_rest_of_the_page_moves_whole_to_the_next()
    {
        var pages = Fill(Block("a", 50), Block("b", 20, 20));
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a0" }, new[] { "b0", "b1" } }));
        Assert.That(pages[1].Content[0].Y, Is.EqualTo(Page.Top), "no space before at the top of a page");
    }

    [Test]
    public void A_block_taller_than_a_page_after_a_half_full_page_starts_a_page_and_breaks_where_it_must()
    {
        var pages = Fill(Block("a", 55), Block("tall", 60, 60, 10), Block("c", 10));
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a0" }, new[] { "tall0" }, new[] { "tall1", "tall2", "c0" } }));
        Assert.That(pages.Select(p => p.Blocks), Is.EqualTo(new[] { new[] { "a" }, new[] { "tall" }, new[] { "tall", "c" } }));
        Assert.That(pages[2].Content[2].Y, Is.EqualTo(Page.Top + 60 + 2 + 10 + 10), "the next block follows the end of the tall one");
    }

    [Test]
    public void A_long_block_starts_on_a_page_under_half_full_rather_than_leave_it()
    {
        var pages = Fill(Block("a", 20), Block("tall", 60, 60, 10), Block("c", 10));
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a0", "tall0" }, new[] { "tall1", "tall2", "c0" } }));
        Assert.That(pages.Select(p => p.Blocks), Is.EqualTo(new[] { new[] { "a", "tall" }, new[] { "tall", "c" } }));
        Assert.That(pages[0].Content[1].Y, Is.EqualTo(Page.Top + 20 + 10), "it follows the block before, after its space");
    }

    [Test]
    public void A_long_block_that_fits_a_page_also_starts_on_a_page_under_half_full()
    {
        var pages = Fill(Block("a", 30), Block("b", 40, 40));
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a0", "b0" }, new[] { "b1" } }));
    }

    [Test]
    public void A_long_block_whose_first_item_does_not_fit_leaves_no_empty_page_behind()
    {
        var pages = Fill(Block("a", 45), Block("b", 50, 40));
        Assert.That(Names(pages), Is.EqualTo(new[] { new[] { "a0" }, new[] { "b0", "b1" } }));
        Assert.That(pages.Select(p => p.Blocks), Is.EqualTo(new[] { new[] { "a" }, new[] { "b" } }));
    }

    [Test]
    public void Pages_are_handed_out_as_soon_as_they_are_full()
    {
        var paginator = new StreamingPaginator(Page);
        Assert.That(paginator.Add(Block("a", 60)), Is.Empty);
        Assert.That(paginator.Add(Block("b", 60)).Single().Blocks, Is.EqualTo(new[] { "a" }));
        Assert.That(paginator.Finish()!.Blocks, Is.EqualTo(new[] { "b" }));
        Assert.That(paginator.Finish(), Is.Null);
    }

    [Test]
    public void Content_wider_than_the_column_is_an_error_naming_it()
    {
        var wide = new FlowBlock("w", [new FlowItem(new Fragment(300, 10, 0, [], "the answer 4.c"), 0, false)]);
        var error = Assert.Throws<LayoutException>(() => new StreamingPaginator(Page).Add(wide));
        Assert.That(error!.Message, Does.Contain("the answer 4.c").And.Contain("wide"));
    }
}
