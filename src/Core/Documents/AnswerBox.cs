using System.Collections.Immutable;

namespace DeepExam.Documents;

/// <summary>
/// A framed box for a part's answer. On the exam it is empty, <see cref="Lines"/> lines tall, with
/// the expected form as a hint; on the solution sheet it holds the answer (<see cref="Content"/>).
/// </summary>
public sealed record AnswerBox(string Label, string Hint, int Lines, ImmutableArray<Block> Content) : Block
{
    public override string ToString() => $"[{Label}: {(Content.IsEmpty ? $"{Lines} empty lines" : string.Join(" ", Content))}]";
}
