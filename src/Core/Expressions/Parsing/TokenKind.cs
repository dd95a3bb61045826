namespace DeepExam.Expressions.Parsing;

public enum TokenKind
{
    Number, String, Identifier,
    Plus, Minus, Star, Slash, SlashSlash, Percent, Caret,
    LeftParen, RightParen, LeftBracket, RightBracket, Comma, Dot, Assign,
    EqualEqual, NotEqual, Less, LessEqual, Greater, GreaterEqual,
    DotEqualEqual, DotNotEqual, DotLess, DotLessEqual, DotGreater, DotGreaterEqual, PlusPlus,
    Question, Colon,
    And, Or, Not, True, False, None,
    End, Invalid,
}
