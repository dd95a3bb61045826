using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>
/// Fills pages with blocks of flow items that arrive one at a time (a class's students, in roster
/// order), so a long document is paginated, painted and let go of page by page instead of being
/// held whole. A block goes on the current page when all of it fits, else on a new page; a block
/// taller than a page starts a new page and is broken by the <see cref="Paginator"/>'s rules.
/// Space before a block or item is dropped at the top of a page. Not thread-safe: one writer
/// feeds it, in order.
/// </summary>
public sealed class StreamingPaginator(PageSetup page)
{
    private readonly ImmutableArray<PlacedFragment>.Builder _content = ImmutableArray.CreateBuilder<PlacedFragment>();
    private readonly ImmutableArray<string>.Builder _blocks = ImmutableArray.CreateBuilder<string>();
    private double _y;

    /// <summary>Adds a block; returns the pages it completed (none, usually).</summary>
    public IReadOnlyList<FilledPage> Add(FlowBlock block)
    {
        var (name, items) = (block.Name, block.Items);
        if (items.Length == 0) return [];
        foreach (var item in items)
            if (item.Fragment.Width > page.ContentWidth + 0.01)
                throw new LayoutException($"{item.Fragment.What} is {item.Fragment.Width:0.#}pt wide; the text column is {page.ContentWidth:0.#}pt");
        var done = new List<FilledPage>();
        var height = page.ContentHeight + 0.01;
        var tall = Height(items, 0) > height;
        if (_content.Count > 0 && (tall || _y + Height(items, items[0].SpaceBefore) > height))
            done.Add(TakePage());
        if (!tall)
        {
            Place(name, items);
            return done;
        }
        var pages = Paginator.Paginate(items, page);
        for (var i = 0; i < pages.Length; i++)
        {
            _content.AddRange(pages[i]);
            _blocks.Add(name);
            if (i < pages.Length - 1) done.Add(TakePage());
        }
        var last = pages[^1][^1];
        _y = last.Y - page.Top + last.Fragment.Height;
        return done;
    }

    /// <summary>The last page, if anything is on it.</summary>
    public FilledPage? Finish() => _content.Count > 0 ? TakePage() : null;

    private void Place(string name, ImmutableArray<FlowItem> items)
    {
        foreach (var item in items)
        {
            if (_content.Count > 0) _y += item.SpaceBefore;
            _content.Add(new PlacedFragment(page.Left, page.Top + _y, item.Fragment));
            _y += item.Fragment.Height;
        }
        _blocks.Add(name);
    }

    private FilledPage TakePage()
    {
        var filled = new FilledPage(_content.ToImmutable(), _blocks.ToImmutable());
        _content.Clear();
        _blocks.Clear();
        _y = 0;
        return filled;
    }

    private static double Height(ImmutableArray<FlowItem> items, double firstGap)
    {
        var total = firstGap + items[0].Fragment.Height;
        for (var i = 1; i < items.Length; i++) total += items[i].SpaceBefore + items[i].Fragment.Height;
        return total;
    }
}
