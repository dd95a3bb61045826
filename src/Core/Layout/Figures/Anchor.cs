namespace DeepExam.Layout.Figures;

/// <summary>Which point of a label is put at the given x: its left end, its middle or its right end.</summary>
public enum Anchor
{
    Left,
    Center,
    Right,
}
