using System.Collections.Immutable;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Solving;

/// <summary>
/// One part of a student's variant, solved: the exact answer, the value of each known mistake, the
/// options in the order this student sees them, and the rendered prompt and solution.
/// </summary>
public sealed record SolvedPart(
    PartTemplate Template,
    string Key,
    Numbers.Rational Points,
    Value Answer,
    Lazy<ImmutableArray<Value>> LazyMistakeAnswers,
    ImmutableArray<string> MistakeFeedback,
    ImmutableArray<SolvedOption> Options,
    string Prompt,
    string Solution)
{
    /// <summary>The worked steps traced from the solver (empty when text is not rendered).</summary>
    public ImmutableArray<Working.WorkingStep> Working { get; init; } = [];

    /// <summary>
    /// The value of each known mistake in this variant. Computed on first use: grading needs them only
    /// for an answer that is wrong, and most of a class's answers are right.
    /// </summary>
    public ImmutableArray<Value> MistakeAnswers => LazyMistakeAnswers.Value;

    /// <summary>
    /// Whether known mistake i belongs to this variant: not when its <c>when</c> is false here (its value is then
    /// <c>none</c>), nor when its answer is <c>none</c>, the older way of saying the same. A mistake that does not apply
    /// is not graded, not listed in the key, not simulated and not counted by validate.
    /// </summary>
    public bool MistakeApplies(int index) => MistakeAnswers[index] is not NoneValue;

    public string Id => Template.Id;
    public AnswerKind Kind => Template.Kind;
}

/// <summary>A choice option as shown: its letter, its text, and whether it is correct in this variant.</summary>
public sealed record SolvedOption(string Letter, string Text, bool Correct, int OriginalIndex);
