using System.Collections.Immutable;

namespace DeepExam.Documents.Math;

/// <summary>
/// Plain round and square brackets that enclose a fraction (or a matrix) grow with it, as if the author had
/// written <c>\left( … \right)</c>: <c>(\frac{7}{2} - 2)^2</c> in the working, <c>[\frac{1}{2}, 3]</c> in a
/// text. Done on the parsed tree, so the PDF typesetter and the MathML writer both see a fenced group. A pair
/// is matched within one row; a closing bracket carrying a script (the <c>)^2</c>) passes its scripts on to
/// the grown group. Mismatched pairs (a half-open interval <c>[0, 1)</c>) and brackets around nothing tall
/// are left as they are.
/// </summary>
public static class GrownBrackets
{
    public static ImmutableArray<MathNode> Apply(ImmutableArray<MathNode> items)
    {
        if (!items.Any(IsTall)) return items;
        var list = items.ToList();
        var openers = new Stack<int>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is MathAtom { Class: MathClass.Open, Text: "(" or "[" })
            {
                openers.Push(i);
                continue;
            }
            if (CloserOf(list[i]) is not { } closer || openers.Count == 0) continue;
            var o = openers.Pop();
            var opener = ((MathAtom)list[o]).Text;
            if ((opener, closer.Text) is not (("(", ")") or ("[", "]"))) continue;
            var body = list.GetRange(o + 1, i - o - 1);
            if (!body.Any(IsTall)) continue;
            MathNode grown = new MathFenced(opener, body.Count == 1 ? body[0] : new MathRow([.. body]), closer.Text, Grown: true);
            if (list[i] is MathScripts s) grown = s with { Base = grown };
            list.RemoveRange(o, i - o + 1);
            list.Insert(o, grown);
            i = o;
        }
        return [.. list];
    }

    /// <summary>The closing bracket an item is, bare or with scripts (<c>)^2</c>).</summary>
    private static MathAtom? CloserOf(MathNode node) => node switch
    {
        MathAtom { Class: MathClass.Close, Text: ")" or "]" } a => a,
        MathScripts { Base: MathAtom { Class: MathClass.Close, Text: ")" or "]" } a } => a,
        _ => null,
    };

    /// <summary>Taller than a bracket glyph: a fraction, a matrix, or something built on one (scripted, grouped, fenced).</summary>
    private static bool IsTall(MathNode node) => node switch
    {
        MathFraction => true,
        MathArray a => a.Kind != MathArrayKind.Aligned && a.Rows.Length > 1,
        MathFenced f => IsTall(f.Body),
        MathScripts s => IsTall(s.Base),
        MathRow r => r.Items.Any(IsTall),
        MathStyled s => s.Style is MathStyle.Display or MathStyle.Text && IsTall(s.Body),
        MathRadical r => IsTall(r.Body),
        MathAccent a => IsTall(a.Base),
        _ => false,
    };
}
