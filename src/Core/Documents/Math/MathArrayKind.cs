namespace DeepExam.Documents.Math;

/// <summary>The environments a <see cref="MathArray"/> comes from; each has its delimiters and column alignment.</summary>
public enum MathArrayKind
{
    Matrix,
    BMatrix,
    PMatrix,
    VMatrix,
    DoubleVMatrix,
    BraceMatrix,
    Cases,
    Aligned,
    Array,
}
