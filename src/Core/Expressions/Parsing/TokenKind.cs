namespace DeepExam.Expressions.Parsing;

public enum TokenKind
{
    Number, String, Identifier,
    Plus, Minus, Star, Slash, SlashSlash, Percent, Caret,
    LeftParen, RightParen, LeftBracket, RightBracket, Comma, Dot, Assign,
    EqualEqual, NotEqual, Less, LessEqual, Greater, GreaterEqual,
    Question, Colon,
    And, Or, Not, True, False, None,
    End, Invalid,
}
