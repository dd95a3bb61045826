using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Expressions;
using DeepExam.Numbers;

namespace DeepExam.Templates;

/// <summary>
/// One question of an exercise. <see cref="Id"/> is also a name later parts' expressions may use for
/// this part's answer (the grader re-evaluates them with the student's own value: error carried forward).
/// </summary>
public sealed record PartTemplate(
    string Id,
    TextTemplate Prompt,
    AnswerKind Kind,
    CompiledExpression? Answer,
    Rational Points,
    Tolerance? Tolerance,
    int? Digits,
    ImmutableArray<string> Order,
    ImmutableArray<ChoiceOption> Options,
    bool Shuffle,
    TextTemplate Solution,
    ImmutableArray<MistakeRule> Mistakes,
    ImmutableArray<string> Uses,
    Rational CarriedForward,
    SourceLocation Location);
