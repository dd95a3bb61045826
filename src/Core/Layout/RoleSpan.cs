namespace DeepExam.Layout;

/// <summary>
/// A run of a fragment's ops that is a piece of its own (a table cell, a formula inside an answer box):
/// <see cref="Count"/> ops from <see cref="Start"/>, with the <see cref="Role"/> they play. Ops of the
/// fragment outside every span play the fragment's own role.
/// </summary>
public readonly record struct RoleSpan(int Start, int Count, FragmentRole Role)
{
    public override string ToString() => $"{Role} ops {Start}–{Start + Count - 1}";
}
