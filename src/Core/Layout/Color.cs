namespace DeepExam.Layout;

/// <summary>An opaque RGB colour. The few the sheets use are named here so every view agrees on them.</summary>
public readonly record struct Color(byte R, byte G, byte B)
{
    public static Color Black => new(0, 0, 0);
    public static Color Gray => new(96, 96, 96);
    public static Color LightGray => new(176, 176, 176);
    public static Color Shade => new(242, 242, 242);
    /// <summary>Marks text the renderer could not typeset (unsupported TeX), so a reader sees it rather than a gap.</summary>
    public static Color Error => new(200, 0, 0);

    public override string ToString() => $"#{R:X2}{G:X2}{B:X2}";
}
