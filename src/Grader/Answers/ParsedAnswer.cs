using DeepExam.Values;

namespace DeepExam.Grading.Answers;

/// <summary>
/// An answer read into a value of its part's kind. <see cref="DecimalPlaces"/> records, for each number
/// in row-major order, how many decimals the student wrote (null for fractions and integers), so a
/// rounded decimal can be told from an exact value.
/// </summary>
public sealed record ParsedAnswer(Value Value, IReadOnlyList<int?> DecimalPlaces);
