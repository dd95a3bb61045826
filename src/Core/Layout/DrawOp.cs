namespace DeepExam.Layout;

/// <summary>
/// One thing to draw, positioned relative to the fragment that holds it. Ops are data: the
/// <see cref="FragmentPainter"/> replays them on a canvas, tests inspect them directly.
/// </summary>
public abstract record DrawOp
{
    /// <summary>The area the op covers (text: its advance box from ascent to descent).</summary>
    public abstract Rect Bounds { get; }

    public abstract DrawOp Offset(double dx, double dy);
}
