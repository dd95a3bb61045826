namespace DeepExam.Documents.Math;

public enum MathAccentKind
{
    Hat,
    Bar,
    Tilde,
    Vector,
    Dot,
    DoubleDot,
    Underline,
}
