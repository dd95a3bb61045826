namespace DeepExam.Documents.Figures;

/// <summary>A volume of activations, height × width × depth (channels), as a figure labels it.</summary>
public sealed record Volume(int Height, int Width, int Depth)
{
    public override string ToString() => $"{Height}×{Width}×{Depth}";
}
