namespace DeepExam.Documents.Math;

/// <summary>
/// \left..\right: <see cref="Body"/> between delimiters grown to its height. A delimiter is one
/// character ("(", "⌊", "‖") or empty for <c>.</c>.
/// </summary>
public sealed record MathFenced(string Left, MathNode Body, string Right) : MathNode
{
    public override string ToString() => $"\\left{Left} {Body} \\right{Right}";
}
