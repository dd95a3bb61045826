using System.Collections.Immutable;

namespace DeepExam.Expressions.Syntax;

/// <summary>
/// <c>x[i]</c> or <c>x[i, j]</c>, 0-based; negative indices count from the end. An index may be a <see cref="SliceExpr"/>
/// (<c>x[1:3]</c>, <c>X[0, 1:]</c>), which keeps its axis instead of dropping it.
/// </summary>
public sealed record IndexExpr(Expr Target, ImmutableArray<Expr> Indices, TextSpan Span) : Expr(Span);
