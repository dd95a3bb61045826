using System.Collections.Immutable;
using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions.Parsing;

/// <summary>What parsing produced: the tree when there were no errors, and every error found.</summary>
public sealed record ParseResult(Expr? Root, ImmutableArray<ExpressionDiagnostic> Diagnostics)
{
    public bool Succeeded => Root is not null && Diagnostics.IsEmpty;
}
