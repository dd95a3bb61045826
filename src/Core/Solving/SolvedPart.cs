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
    ImmutableArray<Value> MistakeAnswers,
    ImmutableArray<string> MistakeFeedback,
    ImmutableArray<SolvedOption> Options,
    string Prompt,
    string Solution)
{
    /// <summary>The worked steps traced from the solver (empty when text is not rendered).</summary>
    public ImmutableArray<Working.WorkingStep> Working { get; init; } = [];

    public string Id => Template.Id;
    public AnswerKind Kind => Template.Kind;
}

/// <summary>A choice option as shown: its letter, its text, and whether it is correct in this variant.</summary>
public sealed record SolvedOption(string Letter, string Text, bool Correct, int OriginalIndex);
