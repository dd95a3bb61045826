using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;

namespace DeepExam.Expressions.Parsing;

/// <summary>
/// Parses the expression language by precedence climbing. It never throws on user input: the first
/// syntax error ends the expression and is returned as a diagnostic.
/// Precedence, lowest first: ?: | or | and | not | comparisons (== != &lt; &lt;= &gt; &gt;= and their element-wise .== .!= .&lt; .&lt;= .&gt; .&gt;=)
/// | + - ++ | * / // % | unary - | ^ | call, index (or slice), member.
/// </summary>
public sealed class ExpressionParser
{
    private readonly List<Token> _tokens;
    private int _position;

    private ExpressionParser(string text) => _tokens = Lexer.Tokenize(text);

    public static ParseResult Parse(string text)
    {
        var parser = new ExpressionParser(text);
        try
        {
            var root = parser.ParseConditional();
            if (parser.Current.Kind != TokenKind.End)
                throw new SyntaxError(parser.Current.Span, $"unexpected '{parser.Current.Text}' after the end of the expression");
            return new ParseResult(root, []);
        }
        catch (SyntaxError e)
        {
            return new ParseResult(null, [new ExpressionDiagnostic(e.Span, e.Message, DiagnosticCodes.ExpressionSyntax)]);
        }
    }

    private sealed class SyntaxError(TextSpan span, string message) : Exception(message)
    {
        public TextSpan Span { get; } = span;
    }

    private Token Current => _tokens[_position];
    private Token Advance()
    {
        var token = _tokens[_position];
        if (_position < _tokens.Count - 1) _position++; // stay on End
        return token;
    }

    private Token Expect(TokenKind kind, string what)
    {
        if (Current.Kind == kind) return Advance();
        var found = Current.Kind == TokenKind.End ? "the end of the expression" : $"'{Current.Text}'";
        throw new SyntaxError(Current.Span, $"expected {what} but found {found}");
    }

    private Expr ParseConditional()
    {
        var condition = ParseBinary(0);
        if (Current.Kind != TokenKind.Question) return condition;
        Advance();
        var then = ParseConditional();
        Expect(TokenKind.Colon, "':' of a conditional");
        var otherwise = ParseConditional();
        return new ConditionalExpr(condition, then, otherwise, TextSpan.Cover(condition.Span, otherwise.Span));
    }

    private static readonly BinaryOperator?[][] Levels =
    [
        [BinaryOperator.Or],
        [BinaryOperator.And],
        [BinaryOperator.Equal, BinaryOperator.NotEqual, BinaryOperator.Less, BinaryOperator.LessOrEqual, BinaryOperator.Greater, BinaryOperator.GreaterOrEqual,
         BinaryOperator.ElementEqual, BinaryOperator.ElementNotEqual, BinaryOperator.ElementLess, BinaryOperator.ElementLessOrEqual,
         BinaryOperator.ElementGreater, BinaryOperator.ElementGreaterOrEqual],
        [BinaryOperator.Add, BinaryOperator.Subtract, BinaryOperator.Concat],
        [BinaryOperator.Multiply, BinaryOperator.Divide, BinaryOperator.FloorDivide, BinaryOperator.Modulo],
    ];

    private static BinaryOperator? BinaryOf(TokenKind kind) => kind switch
    {
        TokenKind.Or => BinaryOperator.Or,
        TokenKind.And => BinaryOperator.And,
        TokenKind.EqualEqual => BinaryOperator.Equal,
        TokenKind.NotEqual => BinaryOperator.NotEqual,
        TokenKind.Less => BinaryOperator.Less,
        TokenKind.LessEqual => BinaryOperator.LessOrEqual,
        TokenKind.Greater => BinaryOperator.Greater,
        TokenKind.GreaterEqual => BinaryOperator.GreaterOrEqual,
        TokenKind.DotEqualEqual => BinaryOperator.ElementEqual,
        TokenKind.DotNotEqual => BinaryOperator.ElementNotEqual,
        TokenKind.DotLess => BinaryOperator.ElementLess,
        TokenKind.DotLessEqual => BinaryOperator.ElementLessOrEqual,
        TokenKind.DotGreater => BinaryOperator.ElementGreater,
        TokenKind.DotGreaterEqual => BinaryOperator.ElementGreaterOrEqual,
        TokenKind.Plus => BinaryOperator.Add,
        TokenKind.Minus => BinaryOperator.Subtract,
        TokenKind.PlusPlus => BinaryOperator.Concat,
        TokenKind.Star => BinaryOperator.Multiply,
        TokenKind.Slash => BinaryOperator.Divide,
        TokenKind.SlashSlash => BinaryOperator.FloorDivide,
        TokenKind.Percent => BinaryOperator.Modulo,
        _ => null,
    };

    private Expr ParseBinary(int level)
    {
        if (level == Levels.Length) return ParseUnary();
        if (level == 2 && Current.Kind == TokenKind.Not)
        {
            var not = Advance();
            var operand = ParseBinary(level);
            return new UnaryExpr(UnaryOperator.Not, operand, TextSpan.Cover(not.Span, operand.Span));
        }
        var left = ParseBinary(level + 1);
        while (BinaryOf(Current.Kind) is { } op && Levels[level].Contains(op))
        {
            Advance();
            var right = ParseBinary(level + 1);
            if (level == 2 && left is BinaryExpr { Operator: var previous } && OperatorText.IsComparison(previous))
                throw new SyntaxError(right.Span, "comparisons cannot be chained; join them with 'and'");
            left = new BinaryExpr(op, left, right, TextSpan.Cover(left.Span, right.Span));
        }
        return left;
    }

    private Expr ParseUnary()
    {
        if (Current.Kind is TokenKind.Minus or TokenKind.Plus)
        {
            var sign = Advance();
            var operand = ParseUnary();
            var op = sign.Kind == TokenKind.Minus ? UnaryOperator.Negate : UnaryOperator.Plus;
            return new UnaryExpr(op, operand, TextSpan.Cover(sign.Span, operand.Span));
        }
        return ParsePower();
    }

    private Expr ParsePower()
    {
        var baseExpr = ParsePostfix();
        if (Current.Kind != TokenKind.Caret) return baseExpr;
        Advance();
        var exponent = ParseUnary(); // right-associative: 2^3^2 = 2^(3^2); -x^2 = -(x^2)
        return new BinaryExpr(BinaryOperator.Power, baseExpr, exponent, TextSpan.Cover(baseExpr.Span, exponent.Span));
    }

    private Expr ParsePostfix()
    {
        var expr = ParsePrimary();
        while (true)
        {
            if (Current.Kind == TokenKind.LeftBracket)
            {
                Advance();
                var indices = ParseIndices();
                var close = Expect(TokenKind.RightBracket, "']'");
                if (indices.IsEmpty) throw new SyntaxError(close.Span, "an index is needed between '[' and ']'");
                expr = new IndexExpr(expr, indices, TextSpan.Cover(expr.Span, close.Span));
            }
            else if (Current.Kind == TokenKind.Dot)
            {
                Advance();
                var member = Expect(TokenKind.Identifier, "a field name after '.'");
                expr = new MemberExpr(expr, member.Text, TextSpan.Cover(expr.Span, member.Span));
            }
            else return expr;
        }
    }

    /// <summary>The indices between brackets, each an expression or a slice; a trailing comma is harmless.</summary>
    private ImmutableArray<Expr> ParseIndices()
    {
        var items = ImmutableArray.CreateBuilder<Expr>();
        while (Current.Kind != TokenKind.RightBracket)
        {
            items.Add(ParseIndex());
            if (Current.Kind != TokenKind.Comma) break;
            Advance();
        }
        return items.ToImmutable();
    }

    /// <summary>
    /// <c>i</c>, or a slice <c>start:stop:step</c> with any part left out. A conditional binds first, so
    /// <c>x[p ? 0 : 1]</c> is an index, as before slices existed; <c>x[(p ? 0 : 1):]</c> slices from it.
    /// </summary>
    private Expr ParseIndex()
    {
        var first = Current;
        var start = Current.Kind == TokenKind.Colon ? null : ParseConditional();
        if (Current.Kind != TokenKind.Colon) return start!;
        var last = Advance();
        var stop = EndsSlicePart() ? null : ParseConditional();
        Expr? step = null;
        if (Current.Kind == TokenKind.Colon)
        {
            last = Advance();
            step = EndsSlicePart() ? null : ParseConditional();
            if (Current.Kind == TokenKind.Colon) throw new SyntaxError(Current.Span, "a slice has at most three parts, start:stop:step");
        }
        var end = step?.Span ?? stop?.Span ?? last.Span;
        return new SliceExpr(start, stop, step, TextSpan.Cover(start?.Span ?? first.Span, end));

        bool EndsSlicePart() => Current.Kind is TokenKind.Colon or TokenKind.Comma or TokenKind.RightBracket;
    }

    private ImmutableArray<Expr> ParseSeparated(TokenKind close, string what)
    {
        var items = ImmutableArray.CreateBuilder<Expr>();
        if (Current.Kind == close) return items.ToImmutable();
        items.Add(ParseConditional());
        while (Current.Kind == TokenKind.Comma)
        {
            Advance();
            if (Current.Kind == close) break; // a trailing comma is harmless
            items.Add(ParseConditional());
        }
        return items.ToImmutable();
    }

    private Expr ParsePrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Advance();
                if (!Rational.TryParse(token.Text.Replace("_", ""), out var value))
                    throw new SyntaxError(token.Span, $"'{token.Text}' is not a number");
                return new NumberLiteral(value, token.Span);
            case TokenKind.String:
                Advance();
                return new StringLiteral(Unescape(token.Text[1..^1]), token.Span);
            case TokenKind.True or TokenKind.False:
                Advance();
                return new BoolLiteral(token.Kind == TokenKind.True, token.Span);
            case TokenKind.None:
                Advance();
                return new NoneLiteral(token.Span);
            case TokenKind.Identifier:
                Advance();
                return Current.Kind == TokenKind.LeftParen ? ParseCall(token) : new Identifier(token.Text, token.Span);
            case TokenKind.LeftParen:
            {
                Advance();
                var inner = ParseConditional();
                Expect(TokenKind.RightParen, "')'");
                return inner;
            }
            case TokenKind.LeftBracket:
            {
                Advance();
                var items = ParseSeparated(TokenKind.RightBracket, "a list item");
                var close = Expect(TokenKind.RightBracket, "']' to close the list");
                return new ListExpr(items, TextSpan.Cover(token.Span, close.Span));
            }
            case TokenKind.End:
                throw new SyntaxError(token.Span, "the expression ends too early");
            case TokenKind.Invalid when token.Text.StartsWith('"') || token.Text.StartsWith('\''):
                throw new SyntaxError(token.Span, "a string is not closed");
            default:
                throw new SyntaxError(token.Span, $"unexpected '{token.Text}'");
        }
    }

    private Expr ParseCall(Token name)
    {
        Advance(); // (
        var arguments = ImmutableArray.CreateBuilder<Argument>();
        var seenNamed = false;
        while (Current.Kind != TokenKind.RightParen)
        {
            if (Current.Kind == TokenKind.Identifier && _tokens[_position + 1].Kind == TokenKind.Assign)
            {
                var argName = Advance();
                Advance(); // =
                if (arguments.Any(a => a.Name == argName.Text))
                    throw new SyntaxError(argName.Span, $"argument '{argName.Text}' is given twice");
                arguments.Add(new Argument(argName.Text, ParseConditional()));
                seenNamed = true;
            }
            else
            {
                var value = ParseConditional();
                if (seenNamed) throw new SyntaxError(value.Span, "a positional argument cannot follow a named one");
                arguments.Add(new Argument(null, value));
            }
            if (Current.Kind != TokenKind.Comma) break;
            Advance();
        }
        var close = Expect(TokenKind.RightParen, $"')' to close the call of {name.Text}");
        return new CallExpr(name.Text, name.Span, arguments.ToImmutable(), TextSpan.Cover(name.Span, close.Span));
    }

    private static string Unescape(string s) => s.Replace("\\\"", "\"").Replace("\\'", "'").Replace("\\\\", "\\");
}
