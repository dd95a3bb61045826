using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>
/// Fills pages with blocks of flow items that arrive one at a time (a class's students, in roster
/// order), so a long document is paginated, painted and let go of page by page instead of being
/// held whole. A block goes on the current page when all of it fits. One that does not moves whole to
/// a new page when it is short (a quarter of a page or less) or the current page is at least half
/// full; otherwise it starts on the current page, so no page is left under half full, and is broken
/// by the <see cref="Paginator"/>'s rules, as is a block taller than a page.
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
        var whole = Height(items, 0);
        var fitsHere = _content.Count == 0 ? whole <= height : _y + Height(items, items[0].SpaceBefore) <= height;
        if (fitsHere)
        {
            Place(name, items);
            return done;
        }
        var startsHere = _content.Count > 0 && _y < page.ContentHeight / 2 && whole > page.ContentHeight / 4;
        if (_content.Count > 0 && !startsHere)
            done.Add(TakePage());
        if (whole <= height && !startsHere)
        {
            Place(name, items);
            return done;
        }
        var pages = Paginator.Paginate(items, page, _content.Count > 0 ? _y : 0);
        for (var i = 0; i < pages.Length; i++)
        {
            _content.AddRange(pages[i]);
            // The first page holds none of the block when even its first lines moved on to the next.
            if (pages[i].Length > 0) _blocks.Add(name);
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
