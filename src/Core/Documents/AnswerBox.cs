using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>
/// A framed box for a part's answer. On the exam it is empty, <see cref="Lines"/> lines tall, with
/// the expected form as a hint; on the solution sheet it holds the answer (<see cref="Content"/>).
/// </summary>
public sealed record AnswerBox(string Label, string Hint, int Lines, ImmutableArray<Block> Content) : Block
{
    /// <summary>The key of the part whose answer goes here ("1.a"), so a backend that asks for the answer (a web form) knows which it is; empty when the box answers no part.</summary>
    public string PartKey { get; init; } = "";

    public override string ToString() => $"[{Label}: {(Content.IsEmpty ? $"{Lines} empty lines" : string.Join(" ", Content))}]";
}
