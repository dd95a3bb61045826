using System.Collections.Immutable;

namespace DeepExam.Expressions.Syntax;

/// <summary>A builtin call; arguments are positional, then named (<c>conv_out(32, 5, stride=3)</c>).</summary>
public sealed record CallExpr(string Name, TextSpan NameSpan, ImmutableArray<Argument> Arguments, TextSpan Span) : Expr(Span);

/// <summary>One call argument; <see cref="Name"/> is null for a positional one.</summary>
public sealed record Argument(string? Name, Expr Value);
