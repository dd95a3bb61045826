namespace DeepExam.Documents.Math;

/// <summary>
/// \left..\right: <see cref="Body"/> between delimiters grown to its height. A delimiter is one
/// character ("(", "⌊", "‖") or empty for <c>.</c>. <see cref="Grown"/> marks plain brackets the parser
/// grew around a fraction (<see cref="GrownBrackets"/>): they are spaced as an ordinary atom, as the
/// brackets were, not as TeX's inner \left..\right group, which would add a thin space in f(½).
/// </summary>
public sealed record MathFenced(string Left, MathNode Body, string Right, bool Grown = false) : MathNode
{
    public override string ToString() => $"\\left{Left} {Body} \\right{Right}";
}
