namespace DeepExam.Layout;

/// <summary>
/// A fragment in the page flow. <see cref="SpaceBefore"/> is dropped at the top of a page;
/// <see cref="KeepWithNext"/> keeps it on the page of the item after it when the two fit on one page.
/// </summary>
public sealed record FlowItem(Fragment Fragment, double SpaceBefore, bool KeepWithNext)
{
    public override string ToString() => $"{Fragment}{(KeepWithNext ? " +keep" : "")}";
}
