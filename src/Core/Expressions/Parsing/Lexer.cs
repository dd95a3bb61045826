using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions.Parsing;

/// <summary>Splits expression text into tokens. Never throws: a bad character becomes an Invalid token.</summary>
public static class Lexer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) { tokens.Add(new Token(TokenKind.End, "", new TextSpan(text.Length, 0))); return tokens; }
            var start = i;
            var c = text[i];
            TokenKind kind;
            if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '_')) i++;
                if (i < text.Length && text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                }
                if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
                {
                    var j = i + 1;
                    if (j < text.Length && (text[j] == '+' || text[j] == '-')) j++;
                    if (j < text.Length && char.IsAsciiDigit(text[j]))
                    {
                        i = j;
                        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                    }
                }
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                kind = text[start..i] switch
                {
                    "and" => TokenKind.And,
                    "or" => TokenKind.Or,
                    "not" => TokenKind.Not,
                    "true" => TokenKind.True,
                    "false" => TokenKind.False,
                    "none" => TokenKind.None,
                    _ => TokenKind.Identifier,
                };
            }
            else if (c is '"' or '\'')
            {
                i++;
                while (i < text.Length && text[i] != c) i += text[i] == '\\' ? 2 : 1;
                kind = i < text.Length ? TokenKind.String : TokenKind.Invalid;
                i = Math.Min(i + 1, text.Length);
            }
            else if (c == '.' && ElementComparison(text, i) is var (elementKind, elementLength))
            {
                // A dot before a comparison makes it element-wise. A field name must follow a member dot, so
                // no expression that parsed before reads differently.
                kind = elementKind;
                i += elementLength;
            }
            else
            {
                (kind, var length) = (c, i + 1 < text.Length ? text[i + 1] : '\0') switch
                {
                    ('+', '+') => (TokenKind.PlusPlus, 2),
                    ('/', '/') => (TokenKind.SlashSlash, 2),
                    ('=', '=') => (TokenKind.EqualEqual, 2),
                    ('!', '=') => (TokenKind.NotEqual, 2),
                    ('<', '=') => (TokenKind.LessEqual, 2),
                    ('>', '=') => (TokenKind.GreaterEqual, 2),
                    ('&', '&') => (TokenKind.And, 2),
                    ('|', '|') => (TokenKind.Or, 2),
                    ('+', _) => (TokenKind.Plus, 1),
                    ('-', _) => (TokenKind.Minus, 1),
                    ('−', _) => (TokenKind.Minus, 1),
                    ('*', _) => (TokenKind.Star, 1),
                    ('×', _) => (TokenKind.Star, 1),
                    ('/', _) => (TokenKind.Slash, 1),
                    ('%', _) => (TokenKind.Percent, 1),
                    ('^', _) => (TokenKind.Caret, 1),
                    ('(', _) => (TokenKind.LeftParen, 1),
                    (')', _) => (TokenKind.RightParen, 1),
                    ('[', _) => (TokenKind.LeftBracket, 1),
                    (']', _) => (TokenKind.RightBracket, 1),
                    (',', _) => (TokenKind.Comma, 1),
                    ('.', _) => (TokenKind.Dot, 1),
                    ('=', _) => (TokenKind.Assign, 1),
                    ('<', _) => (TokenKind.Less, 1),
                    ('>', _) => (TokenKind.Greater, 1),
                    ('?', _) => (TokenKind.Question, 1),
                    (':', _) => (TokenKind.Colon, 1),
                    ('!', _) => (TokenKind.Not, 1),
                    _ => (TokenKind.Invalid, 1),
                };
                i += length;
            }
            tokens.Add(new Token(kind, text[start..i], new TextSpan(start, i - start)));
        }
    }

    /// <summary><c>.==</c>, <c>.!=</c>, <c>.&lt;=</c>, <c>.&lt;</c>, <c>.&gt;=</c>, <c>.&gt;</c> at <paramref name="i"/>, or null.</summary>
    private static (TokenKind Kind, int Length)? ElementComparison(string text, int i)
    {
        var rest = text.AsSpan(i);
        if (rest.StartsWith(".==")) return (TokenKind.DotEqualEqual, 3);
        if (rest.StartsWith(".!=")) return (TokenKind.DotNotEqual, 3);
        if (rest.StartsWith(".<=")) return (TokenKind.DotLessEqual, 3);
        if (rest.StartsWith(".>=")) return (TokenKind.DotGreaterEqual, 3);
        if (rest.StartsWith(".<")) return (TokenKind.DotLess, 2);
        if (rest.StartsWith(".>")) return (TokenKind.DotGreater, 2);
        return null;
    }
}
