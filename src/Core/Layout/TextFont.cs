namespace DeepExam.Layout;

/// <summary>A face at a size in points.</summary>
public readonly record struct TextFont(FontFace Face, double Size)
{
    public TextFont WithSize(double size) => new(Face, size);
    public TextFont WithFace(FontFace face) => new(face, Size);
    public override string ToString() => $"{Face} {Size:0.##}pt";
}
