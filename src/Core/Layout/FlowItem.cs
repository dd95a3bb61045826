namespace DeepExam.Layout;

/// <summary>
/// A fragment in the page flow. <see cref="SpaceBefore"/> is dropped at the top of a page;
/// <see cref="KeepWithNext"/> keeps it on the page of the item after it when the two fit on one page.
/// </summary>
public sealed record FlowItem(Fragment Fragment, double SpaceBefore, bool KeepWithNext)
{
    /// <summary>
    /// Set again above this item when it starts a page: a table's header row, repeated on every page
    /// the table continues on (a body row carries its table's header).
    /// </summary>
    public Fragment? RepeatedHeader { get; init; }

    /// <summary>
    /// When only a keep-together block around this item keeps it with the next (not the item's own rule, such as a
    /// heading's or a paragraph's first line's), that block's height; else 0. A page may break after such an item when
    /// the block is long and would otherwise leave a page under half full.
    /// </summary>
    public double KeptByBlockOf { get; init; }

    public override string ToString() => $"{Fragment}{(KeepWithNext ? " +keep" : "")}";
}
