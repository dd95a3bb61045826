namespace DeepExam.Documents.Math;

/// <summary>TeX's atom classes, which decide the space between neighbours (thin, medium, thick).</summary>
public enum MathClass
{
    Ord,
    Op,
    Bin,
    Rel,
    Open,
    Close,
    Punct,
    Inner,
}
