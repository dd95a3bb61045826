using System.Collections.Immutable;

namespace DeepExam.Layout;

/// <summary>
/// Fills pages with the flow, top to bottom. An item goes on the current page when it fits; a chain
/// of items marked keep-with-next moves to a new page together when it does not fit on this one but
/// would on an empty one (a chain taller than a page is broken where it must be). Space before an
/// item is dropped at the top of a page. An item with a <see cref="FlowItem.RepeatedHeader"/> that
/// starts a page (a table row after a page break) has the header set above it. A chain held together
/// by a long keep-together block (more than a quarter of a page: an exercise's statement with its table,
/// a long question) does not leave a page under half full to move whole: it starts on this page and
/// breaks at the last point that block allows (between its paragraphs, list items or table rows).
/// </summary>
public static class Paginator
{
    /// <param name="filled">How much of the first page's height content placed before the items already takes.</param>
    public static ImmutableArray<ImmutableArray<PlacedFragment>> Paginate(IReadOnlyList<FlowItem> items, PageSetup page, double filled = 0)
    {
        var pages = ImmutableArray.CreateBuilder<ImmutableArray<PlacedFragment>>();
        var current = ImmutableArray.CreateBuilder<PlacedFragment>();
        var y = filled;
        bool Empty() => current.Count == 0 && y == 0;
        var height = page.ContentHeight;
        // The last item of a chain that was started on this page rather than moved whole; the page breaks after it.
        var splitAfter = -1;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var fragment = item.Fragment;
            if (fragment.Height > height + 0.01)
                throw new LayoutException($"{fragment.What} is {fragment.Height:0.#}pt tall; a page holds {height:0.#}pt");
            if (fragment.Width > page.ContentWidth + 0.01)
                throw new LayoutException($"{fragment.What} is {fragment.Width:0.#}pt wide; the text column is {page.ContentWidth:0.#}pt");

            var gap = Empty() ? 0 : item.SpaceBefore;
            var chain = ChainHeight(items, i, gap);
            var fitsHere = y + chain <= height + 0.01;
            var header = item.RepeatedHeader?.Height ?? 0;
            var fitsEmpty = header + ChainHeight(items, i, 0) <= height + 0.01;
            var itemFits = y + gap + fragment.Height <= height + 0.01;
            var moveWhole = !fitsHere && fitsEmpty;
            if (i <= splitAfter)
                moveWhole = false;
            else if (!Empty() && moveWhole && itemFits && y < height / 2 && LastBreakThatFits(items, i, gap, height - y, height / 4) is { } split)
                (splitAfter, moveWhole) = (split, false);
            if (!Empty() && (!itemFits || moveWhole || i == splitAfter + 1 && splitAfter >= 0))
            {
                pages.Add(current.ToImmutable());
                current.Clear();
                y = 0;
                gap = 0;
            }
            if (Empty() && i > 0 && item.RepeatedHeader is { } repeated && header + fragment.Height <= height + 0.01)
            {
                current.Add(new PlacedFragment(page.Left, page.Top, repeated));
                y = repeated.Height;
            }
            y += gap;
            current.Add(new PlacedFragment(page.Left, page.Top + y, fragment));
            y += fragment.Height;
        }
        if (current.Count > 0 || pages.Count == 0) pages.Add(current.ToImmutable());
        return pages.ToImmutable();
    }

    /// <summary>
    /// The last item of the chain from <paramref name="start"/> after which a page may break, because only a keep-together
    /// block taller than <paramref name="longBlock"/> keeps it with the next, and up to which the chain fits in
    /// <paramref name="room"/>; null when there is none.
    /// </summary>
    private static int? LastBreakThatFits(IReadOnlyList<FlowItem> items, int start, double firstGap, double room, double longBlock)
    {
        int? found = null;
        var total = firstGap;
        for (var j = start; j < items.Count; j++)
        {
            total += (j == start ? 0 : items[j].SpaceBefore) + items[j].Fragment.Height;
            if (total > room + 0.01 || !items[j].KeepWithNext) break;
            if (items[j].KeptByBlockOf > longBlock) found = j;
        }
        return found;
    }

    /// <summary>The height of item <paramref name="start"/> and every item it is kept with.</summary>
    private static double ChainHeight(IReadOnlyList<FlowItem> items, int start, double firstGap)
    {
        var total = firstGap + items[start].Fragment.Height;
        for (var j = start; j < items.Count - 1 && items[j].KeepWithNext; j++)
            total += items[j + 1].SpaceBefore + items[j + 1].Fragment.Height;
        return total;
    }
}
