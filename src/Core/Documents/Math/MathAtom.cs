namespace DeepExam.Documents.Math;

/// <summary>
/// A symbol, identifier or number: characters set in one variant, with a class for spacing.
/// <see cref="Limits"/> puts scripts of a large operator (\sum, \max) above and below in display style.
/// </summary>
public sealed record MathAtom(string Text, MathClass Class, MathVariant Variant, bool Limits = false) : MathNode
{
    public override string ToString() => Text;
}
