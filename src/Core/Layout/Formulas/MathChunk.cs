namespace DeepExam.Layout.Formulas;

/// <summary>
/// A piece of a formula that may start a line. Every piece but the first starts with a relation or a
/// binary operator (<see cref="StartsAtRelation"/> tells which): a continuation line begins with the
/// operator, so no line ever ends with one. <see cref="GapBefore"/> is the operator's space on its
/// left, set between the pieces when they share a line and dropped at a line start, as TeX drops glue
/// at a break.
/// </summary>
public readonly record struct MathChunk(MathBox Box, double GapBefore, bool StartsAtRelation);
