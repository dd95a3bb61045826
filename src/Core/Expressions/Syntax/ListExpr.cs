using System.Collections.Immutable;

namespace DeepExam.Expressions.Syntax;

/// <summary><c>[a, b, c]</c>: a list; nested lists of numbers serve as vectors and matrices.</summary>
public sealed record ListExpr(ImmutableArray<Expr> Items, TextSpan Span) : Expr(Span);
