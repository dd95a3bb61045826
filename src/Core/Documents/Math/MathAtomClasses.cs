using System.Collections.Immutable;

namespace DeepExam.Documents.Math;

/// <summary>
/// The spacing class of each item of a formula row, as TeX assigns it: a binary operator with nothing to
/// combine (a leading or unary minus, one after a relation or an opening bracket) is ordinary, so it gets
/// no binary spacing. Every backend (the PDF typesetter, MathML) spaces a row from these classes.
/// </summary>
public static class MathAtomClasses
{
    /// <summary>Each item's class; null for explicit spaces, which take part in no spacing.</summary>
    public static MathClass?[] Of(ImmutableArray<MathNode> items)
    {
        var classes = new MathClass?[items.Length];
        MathClass? previous = null;
        var previousIndex = -1;
        for (var i = 0; i < items.Length; i++)
        {
            var cls = ClassOf(items[i]);
            classes[i] = cls;
            if (cls is not { } c) continue;
            if (c == MathClass.Bin && previous is null or MathClass.Bin or MathClass.Op or MathClass.Rel or MathClass.Open or MathClass.Punct)
                c = MathClass.Ord;
            if (c is MathClass.Rel or MathClass.Close or MathClass.Punct && previous == MathClass.Bin)
                classes[previousIndex] = MathClass.Ord;
            classes[i] = c;
            previous = c;
            previousIndex = i;
        }
        if (previous == MathClass.Bin) classes[previousIndex] = MathClass.Ord;
        return classes;
    }

    /// <summary>The class a node has as a neighbour: fractions and \left..\right groups are inner (brackets grown by the parser ordinary), a scripted operator an operator.</summary>
    public static MathClass? ClassOf(MathNode node) => node switch
    {
        MathSpace => null,
        MathAtom a => a.Class,
        MathScripts s => ClassOf(s.Base) is MathClass.Op ? MathClass.Op : ClassOf(s.Base) ?? MathClass.Ord,
        MathFenced { Grown: true } => MathClass.Ord,
        MathFraction or MathFenced => MathClass.Inner,
        MathArray a => a.Kind is MathArrayKind.Matrix or MathArrayKind.Aligned or MathArrayKind.Array ? MathClass.Ord : MathClass.Inner,
        MathDelimiter d => d.Class,
        MathUnderOver u => ClassOf(u.Base) ?? MathClass.Ord,
        MathRow { IsGroup: false, Items.Length: 1 } r => ClassOf(r.Items[0]),
        _ => MathClass.Ord,
    };

    // TeX's inter-atom spacing (The TeXbook, chapter 18): 1 thin, 2 medium, 3 thick; negative codes
    // apply only in display and text style.
    private static readonly int[,] SpacingTable =
    {
        //          Ord Op  Bin Rel Open Close Punct Inner
        /* Ord   */ { 0, 1, -2, -3, 0, 0, 0, -1 },
        /* Op    */ { 1, 1, 0, -3, 0, 0, 0, -1 },
        /* Bin   */ { -2, -2, 0, 0, -2, 0, 0, -2 },
        /* Rel   */ { -3, -3, 0, 0, -3, 0, 0, -3 },
        /* Open  */ { 0, 0, 0, 0, 0, 0, 0, 0 },
        /* Close */ { 0, 1, -2, -3, 0, 0, 0, -1 },
        /* Punct */ { -1, -1, 0, -1, -1, -1, -1, -1 },
        /* Inner */ { -1, 1, -2, -3, -1, 0, -1, -1 },
    };

    /// <summary>The space between two neighbours in mu (1/18 em of the current size): 0, 3, 4 or 5.</summary>
    public static int SpacingMu(MathClass left, MathClass right, MathStyle style)
    {
        var code = SpacingTable[(int)left, (int)right];
        if (code == 0 || (code < 0 && style is MathStyle.Script or MathStyle.ScriptScript)) return 0;
        return System.Math.Abs(code) switch { 1 => 3, 2 => 4, _ => 5 };
    }
}
