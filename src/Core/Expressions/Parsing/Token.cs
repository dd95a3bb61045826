using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions.Parsing;

public readonly record struct Token(TokenKind Kind, string Text, TextSpan Span);
