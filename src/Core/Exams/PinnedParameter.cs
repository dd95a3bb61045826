using DeepExam.Diagnostics;
using DeepExam.Values;

namespace DeepExam.Exams;

/// <summary>
/// A parameter a blueprint slot fixes (<c>parameters: { N: 32 }</c>): every student gets this value instead of a
/// draw. <see cref="Location"/> is where the value is written, for errors found later.
/// </summary>
public sealed record PinnedParameter(string Name, Value Value, SourceLocation Location);
