namespace DeepExam.Documents.Math;

/// <summary>How an atom's characters are set: letters italic, digits and operators upright, and the \math.. alphabets.</summary>
public enum MathVariant
{
    Italic,
    Upright,
    Bold,
    BoldItalic,
    Sans,
    Mono,
    /// <summary>\text{...}: upright, spaces kept.</summary>
    Text,
    /// <summary>A symbol the serif face lacks, taken from the sans face.</summary>
    Symbol,
}
