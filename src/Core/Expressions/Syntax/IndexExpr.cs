using System.Collections.Immutable;

namespace DeepExam.Expressions.Syntax;

/// <summary><c>x[i]</c> or <c>x[i, j]</c>, 0-based; negative indices count from the end.</summary>
public sealed record IndexExpr(Expr Target, ImmutableArray<Expr> Indices, TextSpan Span) : Expr(Span);
