namespace DeepExam.Layout.Formulas;

/// <summary>
/// A piece of a formula that may end a line. Breaking after a relation is preferred to breaking
/// after a binary operator (<see cref="EndsAtRelation"/>), as TeX's penalties prefer it.
/// </summary>
public readonly record struct MathChunk(MathBox Box, bool EndsAtRelation);
