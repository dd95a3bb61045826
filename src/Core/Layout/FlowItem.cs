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

    public override string ToString() => $"{Fragment}{(KeepWithNext ? " +keep" : "")}";
}
