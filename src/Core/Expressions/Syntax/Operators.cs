namespace DeepExam.Expressions.Syntax;

public enum UnaryOperator { Negate, Plus, Not }

public enum BinaryOperator
{
    Add, Subtract, Multiply, Divide, FloorDivide, Modulo, Power,
    Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual,
    And, Or,
    /// <summary><c>.== .!= .&lt; .&lt;= .&gt; .&gt;=</c>: compare cell by cell, giving a mask of 0s and 1s.</summary>
    ElementEqual, ElementNotEqual, ElementLess, ElementLessOrEqual, ElementGreater, ElementGreaterOrEqual,
    /// <summary><c>++</c>: joins two lists, two strings or two tensors (along the first axis).</summary>
    Concat,
}

public static class OperatorText
{
    public static string Of(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.FloorDivide => "//",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "^",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.And => "and",
        BinaryOperator.Or => "or",
        BinaryOperator.ElementEqual => ".==",
        BinaryOperator.ElementNotEqual => ".!=",
        BinaryOperator.ElementLess => ".<",
        BinaryOperator.ElementLessOrEqual => ".<=",
        BinaryOperator.ElementGreater => ".>",
        BinaryOperator.ElementGreaterOrEqual => ".>=",
        BinaryOperator.Concat => "++",
        _ => op.ToString(),
    };

    /// <summary>The comparisons, whole-value and element-wise: they share a precedence level and cannot be chained.</summary>
    public static bool IsComparison(BinaryOperator op) =>
        op is >= BinaryOperator.Equal and <= BinaryOperator.GreaterOrEqual or >= BinaryOperator.ElementEqual and <= BinaryOperator.ElementGreaterOrEqual;

    /// <summary>The element-wise comparisons, and the whole-value comparison each compares cells with.</summary>
    public static BinaryOperator? CellComparison(BinaryOperator op) => op switch
    {
        BinaryOperator.ElementEqual => BinaryOperator.Equal,
        BinaryOperator.ElementNotEqual => BinaryOperator.NotEqual,
        BinaryOperator.ElementLess => BinaryOperator.Less,
        BinaryOperator.ElementLessOrEqual => BinaryOperator.LessOrEqual,
        BinaryOperator.ElementGreater => BinaryOperator.Greater,
        BinaryOperator.ElementGreaterOrEqual => BinaryOperator.GreaterOrEqual,
        _ => null,
    };
}
