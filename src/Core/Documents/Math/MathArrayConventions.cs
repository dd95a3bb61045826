namespace DeepExam.Documents.Math;

/// <summary>
/// What each array environment looks like, whatever draws it: its delimiters and how each column is
/// aligned (numbers in a matrix right-aligned so digits line up; aligned equations right, then left, of the
/// relation; cases left).
/// </summary>
public static class MathArrayConventions
{
    /// <summary>The left and right delimiter; empty for none.</summary>
    public static (string Left, string Right) Delimiters(MathArrayKind kind) => kind switch
    {
        MathArrayKind.BMatrix => ("[", "]"),
        MathArrayKind.PMatrix => ("(", ")"),
        MathArrayKind.VMatrix => ("|", "|"),
        MathArrayKind.DoubleVMatrix => ("‖", "‖"),
        MathArrayKind.BraceMatrix => ("{", "}"),
        MathArrayKind.Cases => ("{", ""),
        MathArrayKind.Matrix or MathArrayKind.Aligned or MathArrayKind.Array => ("", ""),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>'l', 'c' or 'r' for a column.</summary>
    public static char Alignment(MathArray array, int column) => array.Kind switch
    {
        MathArrayKind.Aligned => column % 2 == 0 ? 'r' : 'l',
        MathArrayKind.Cases => 'l',
        MathArrayKind.Array => array.Alignments.IsEmpty ? 'c' : array.Alignments[System.Math.Min(column, array.Alignments.Length - 1)],
        MathArrayKind.Matrix or MathArrayKind.BMatrix or MathArrayKind.PMatrix or MathArrayKind.VMatrix
            or MathArrayKind.DoubleVMatrix or MathArrayKind.BraceMatrix => 'r',
        _ => throw new ArgumentOutOfRangeException(nameof(array), array.Kind, null),
    };

    /// <summary>
    /// The entries of a displayed matrix are text style, as in TeX, but their fractions are set with
    /// full-size digits (as \dfrac would): script-size digits in a matrix are hard to read.
    /// </summary>
    public static MathNode FullSizeFractions(MathNode cell) => cell switch
    {
        MathFraction { Style: null } f => f with { Style = MathStyle.Display },
        MathRow { IsGroup: false } r => r with { Items = [.. r.Items.Select(FullSizeFractions)] },
        _ => cell,
    };

    /// <summary>
    /// A cell as it is set: in aligned, a right-hand cell starts after an invisible ordinary atom, so "&amp;= x"
    /// spaces its relation as "y = x" does.
    /// </summary>
    public static MathNode Cell(MathArrayKind kind, int column, MathNode cell)
    {
        if (kind != MathArrayKind.Aligned || column % 2 == 0) return cell;
        var empty = new MathRow([], IsGroup: true);
        return cell is MathRow { IsGroup: false } row ? row with { Items = row.Items.Insert(0, empty) } : new MathRow([empty, cell]);
    }
}
