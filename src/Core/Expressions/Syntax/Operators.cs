namespace DeepExam.Expressions.Syntax;

public enum UnaryOperator { Negate, Plus, Not }

public enum BinaryOperator
{
    Add, Subtract, Multiply, Divide, FloorDivide, Modulo, Power,
    Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
    And, Or,
}

public static class OperatorText
{
    public static string Of(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+", BinaryOperator.Subtract => "-", BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/", BinaryOperator.FloorDivide => "//", BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "^", BinaryOperator.Equal => "==", BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<", BinaryOperator.LessOrEqual => "<=", BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=", BinaryOperator.And => "and", BinaryOperator.Or => "or",
        _ => op.ToString(),
    };
}
