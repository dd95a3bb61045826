namespace DeepExam.Documents.Math;

/// <summary>TeX the parser does not know. It is reported with the text and drawn as its raw source in red, never dropped.</summary>
public sealed record MathUnsupported(string Source) : MathNode
{
    public override string ToString() => Source;
}
