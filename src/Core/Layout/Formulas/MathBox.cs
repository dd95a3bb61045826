using System.Collections.Immutable;

namespace DeepExam.Layout.Formulas;

/// <summary>
/// A typeset piece of a formula: its width and its height above (<see cref="Ascent"/>) and below
/// (<see cref="Descent"/>) the baseline. Ops are relative to the left end of the baseline, y down.
/// Children are kept placed rather than copied into the parent, so nesting costs no copying;
/// <see cref="Flatten"/> produces the ops once, when the box is put on a line.
/// </summary>
public sealed record MathBox(double Width, double Ascent, double Descent, ImmutableArray<DrawOp> Ops, ImmutableArray<PlacedMathBox> Children)
{
    public static MathBox Empty(double width = 0) => new(width, 0, 0, [], []);

    public double Height => Ascent + Descent;

    /// <summary>Adds every op of this box and its children, moved by (<paramref name="dx"/>, <paramref name="dy"/>), to <paramref name="into"/>.</summary>
    public void Flatten(double dx, double dy, ICollection<DrawOp> into)
    {
        foreach (var op in Ops) into.Add(dx == 0 && dy == 0 ? op : op.Offset(dx, dy));
        foreach (var child in Children) child.Box.Flatten(dx + child.X, dy + child.Y, into);
    }

    public override string ToString() => $"box {Width:0.##} × ({Ascent:0.##} + {Descent:0.##})";
}

/// <summary>A child box at (X, Y) from its parent's baseline origin.</summary>
public readonly record struct PlacedMathBox(double X, double Y, MathBox Box);
