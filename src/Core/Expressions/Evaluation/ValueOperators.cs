using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Expressions.Evaluation;

/// <summary>
/// The operators of the language on values: exact arithmetic on numbers, element-wise arithmetic on
/// tensors (numeric lists count as tensors) with a scalar broadcast, comparisons, indexing.
/// </summary>
public static class ValueOperators
{
    public static Value Binary(BinaryOperator op, Value left, Value right)
    {
        switch (op)
        {
            case BinaryOperator.Equal: return Value.Of(AreEqual(left, right));
            case BinaryOperator.NotEqual: return Value.Of(!AreEqual(left, right));
            case BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual:
                var c = (left is NumberValue l ? l.Number : left.AsNumber($"the left side of '{OperatorText.Of(op)}'"))
                    .CompareTo(right is NumberValue r ? r.Number : right.AsNumber($"the right side of '{OperatorText.Of(op)}'"));
                return Value.Of(op switch
                {
                    BinaryOperator.Less => c < 0,
                    BinaryOperator.LessOrEqual => c <= 0,
                    BinaryOperator.Greater => c > 0,
                    _ => c >= 0,
                });
        }
        if (left is NumberValue x && right is NumberValue y) return Value.Of(Arithmetic(op, x.Number, y.Number));
        return Elementwise(op, left, right);
    }

    // Apart from the scalar case above, so that the lambdas' closure is only allocated when a tensor is involved.
    private static Value Elementwise(BinaryOperator op, Value left, Value right)
    {
        var symbol = OperatorText.Of(op);
        return (left, right) switch
        {
            (NumberValue a, TensorValue or ListValue) => Value.Of(right.AsTensor($"the right side of '{symbol}'").Map(x => Arithmetic(op, a.Number, x))),
            (TensorValue or ListValue, NumberValue b) => Value.Of(left.AsTensor($"the left side of '{symbol}'").Map(x => Arithmetic(op, x, b.Number))),
            (TensorValue or ListValue, TensorValue or ListValue) => Value.Of(left.AsTensor($"the left side of '{symbol}'")
                .Zip(right.AsTensor($"the right side of '{symbol}'"), (x, y) => Arithmetic(op, x, y), $"'{symbol}'")),
            _ => throw new EvaluationException($"'{symbol}' cannot combine {left.Describe()} and {right.Describe()}"),
        };
    }

    public static Number Arithmetic(BinaryOperator op, Number a, Number b) => op switch
    {
        BinaryOperator.Add => Finite(op, a + b),
        BinaryOperator.Subtract => Finite(op, a - b),
        BinaryOperator.Multiply => Finite(op, a * b),
        BinaryOperator.Divide => Finite(op, a / b),
        BinaryOperator.FloorDivide => Number.Exact(Finite(op, a / b).Floor()),
        BinaryOperator.Modulo => Finite(op, a - b * Number.Exact(Finite(op, a / b).Floor())),
        BinaryOperator.Power => Finite(op, Power(a, b)),
        _ => throw new EvaluationException($"'{OperatorText.Of(op)}' is not arithmetic"),
    };

    /// <summary>Approximate arithmetic can overflow a double; an infinity is an error here, never a value.</summary>
    private static Number Finite(BinaryOperator op, Number result) => result.IsFinite
        ? result
        : throw new EvaluationException($"'{OperatorText.Of(op)}': the result is too large to represent (overflow)");

    private static Number Power(Number a, Number b)
    {
        if (a.IsExact && b.IsInteger && BigInteger.Abs(b.ExactValue.Numerator) <= 4096)
            return a.ExactValue.Pow((int)b.ExactValue.Numerator);
        var result = Math.Pow(a.ToDouble(), b.ToDouble());
        if (double.IsNaN(result)) throw new EvaluationException($"{a}^{b} is not a real number");
        return Number.Approx(result);
    }

    /// <summary>Structural equality; numbers compare by value whether exact or not; a numeric list equals the same tensor.</summary>
    public static bool AreEqual(Value left, Value right) => (left, right) switch
    {
        (NumberValue a, NumberValue b) => a.Number.CompareTo(b.Number) == 0,
        (TensorValue a, TensorValue b) => a.Tensor.SameShape(b.Tensor) && a.Tensor.Values.Zip(b.Tensor.Values).All(p => p.First.CompareTo(p.Second) == 0),
        (TensorValue, ListValue) or (ListValue, TensorValue) when TryTensor(left, out var a) && TryTensor(right, out var b) => AreEqual(Value.Of(a), Value.Of(b)),
        (ListValue a, ListValue b) => a.Items.Length == b.Items.Length && a.Items.Zip(b.Items).All(p => AreEqual(p.First, p.Second)),
        _ => left.Equals(right),
    };

    private static bool TryTensor(Value v, out Tensor tensor)
    {
        try { tensor = v.AsTensor("value"); return true; }
        catch (EvaluationException) { tensor = null!; return false; }
    }

    /// <summary>Indexing: <c>list[i]</c>, <c>tensor[i]</c> (a slice when the rank is higher), <c>tensor[i, j]</c>.</summary>
    public static Value Index(Value target, int[] indices)
    {
        switch (target)
        {
            case ListValue list:
            {
                var item = list.Items[Wrap(indices[0], list.Items.Length)];
                return indices.Length == 1 ? item : Index(item, indices[1..]);
            }
            case TensorValue { Tensor: var t }:
            {
                if (indices.Length > t.Rank) throw new EvaluationException($"{indices.Length} indices for a rank-{t.Rank} tensor");
                var fixedIndex = indices.Select((i, axis) => Wrap(i, t.Shape[axis])).ToArray();
                if (fixedIndex.Length == t.Rank) return Value.Of(t[fixedIndex]);
                var restShape = t.Shape.Skip(fixedIndex.Length).ToArray();
                return Value.Of(Tensor.Build(restShape, inner => t[[.. fixedIndex, .. inner]]));
            }
            default:
                throw new EvaluationException($"cannot index {target.Describe()}");
        }
    }

    private static int Wrap(int index, int length)
    {
        var i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) throw new EvaluationException($"index {index} is out of range for length {length}");
        return i;
    }
}
