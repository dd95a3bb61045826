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

    public string Id => Template.Id;
    public AnswerKind Kind => Template.Kind;
}

/// <summary>A choice option as shown: its letter, its text, and whether it is correct in this variant.</summary>
public sealed record SolvedOption(string Letter, string Text, bool Correct, int OriginalIndex);
