using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Expressions.Evaluation;

/// <summary>
/// The operators of the language on values: exact arithmetic on numbers, element-wise arithmetic on
/// tensors (numeric lists count as tensors) with a scalar broadcast, comparisons (whole values with
/// <c>==</c>, cell by cell into a mask with <c>.==</c>), masks joined with and/or/not, joining with <c>++</c>,
/// indexing and slicing.
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
                if (left is not NumberValue l || right is not NumberValue r) throw OrderingError(op, left, right);
                return Value.Of(Holds(op, l.Number, r.Number));
            case >= BinaryOperator.ElementEqual and <= BinaryOperator.ElementGreaterOrEqual:
                return CompareCells(op, left, right);
            case BinaryOperator.Concat:
                return Concatenate(left, right);
            case BinaryOperator.And or BinaryOperator.Or:
                return Logical(op, left, right);
            case BinaryOperator.Add when left is StringValue a && right is StringValue b:
                return Value.Of(a.Value + b.Value);
        }
        if (left is NumberValue x && right is NumberValue y) return Value.Of(Arithmetic(op, x.Number, y.Number));
        return Elementwise(op, left, right);
    }

    private static EvaluationException OrderingError(BinaryOperator op, Value left, Value right)
    {
        var symbol = OperatorText.Of(op);
        // The hint is for the likely intent: a tensor compared with < wanted its cells compared.
        if (left is TensorValue or ListValue || right is TensorValue or ListValue)
            return new EvaluationException($"'{symbol}' compares two numbers, got {left.Describe()} and {right.Describe()}; compare cell by cell with '.{symbol}'");
        var side = left is NumberValue ? ("right", right) : ("left", left);
        return new EvaluationException($"the {side.Item1} side of '{symbol}' must be a number, got {side.Item2.Describe()}");
    }

    /// <summary>Whether <paramref name="op"/> (a whole-value comparison) holds between two numbers.</summary>
    private static bool Holds(BinaryOperator op, Number a, Number b)
    {
        var c = a.CompareTo(b);
        return op switch
        {
            BinaryOperator.Equal => c == 0,
            BinaryOperator.NotEqual => c != 0,
            BinaryOperator.Less => c < 0,
            BinaryOperator.LessOrEqual => c <= 0,
            BinaryOperator.Greater => c > 0,
            _ => c >= 0,
        };
    }

    /// <summary>
    /// <c>.==</c> and the other element-wise comparisons: a mask with 1 where the comparison holds, a number broadcast
    /// against a tensor. Between two numbers it is the plain comparison, true or false.
    /// </summary>
    private static Value CompareCells(BinaryOperator op, Value left, Value right)
    {
        var cell = OperatorText.CellComparison(op)!.Value;
        var symbol = OperatorText.Of(op);
        return (left, right) switch
        {
            (NumberValue a, NumberValue b) => Value.Of(Holds(cell, a.Number, b.Number)),
            (NumberValue a, TensorValue or ListValue) => Value.Of(right.AsTensor($"the right side of '{symbol}'").Map(x => Masks.Of(Holds(cell, a.Number, x)))),
            (TensorValue or ListValue, NumberValue b) => Value.Of(left.AsTensor($"the left side of '{symbol}'").Map(x => Masks.Of(Holds(cell, x, b.Number)))),
            (TensorValue or ListValue, TensorValue or ListValue) => Value.Of(left.AsTensor($"the left side of '{symbol}'")
                .Zip(right.AsTensor($"the right side of '{symbol}'"), (x, y) => Masks.Of(Holds(cell, x, y)), $"'{symbol}'")),
            _ => throw new EvaluationException($"'{symbol}' compares numbers and tensors cell by cell, got {left.Describe()} and {right.Describe()}"),
        };
    }

    /// <summary>
    /// <c>and</c>/<c>or</c> once the left side is known not to decide alone: two booleans as usual, or two masks of
    /// one shape cell by cell. The evaluator short-circuits a boolean left side before it gets here.
    /// </summary>
    public static Value Logical(BinaryOperator op, Value left, Value right)
    {
        var symbol = OperatorText.Of(op);
        if (left is BoolValue a && right is BoolValue b) return Value.Of(op == BinaryOperator.And ? a.Value && b.Value : a.Value || b.Value);
        if (left is not (TensorValue or ListValue) || right is not (TensorValue or ListValue))
        {
            if (left is not (BoolValue or TensorValue or ListValue)) left.AsBool($"'{symbol}'");
            if (right is not (BoolValue or TensorValue or ListValue)) right.AsBool($"'{symbol}'");
            throw new EvaluationException($"'{symbol}' joins true/false with true/false, or two masks of the same shape; got {left.Describe()} and {right.Describe()}");
        }
        return Value.Of(left.AsMask($"the left side of '{symbol}'").Zip(right.AsMask($"the right side of '{symbol}'"),
            (x, y) => Masks.Of(op == BinaryOperator.And ? Masks.IsSet(x) && Masks.IsSet(y) : Masks.IsSet(x) || Masks.IsSet(y)), $"'{symbol}'"));
    }

    /// <summary><c>not</c>: of a boolean, or of every cell of a mask.</summary>
    public static Value Not(Value operand) => operand switch
    {
        BoolValue b => Value.Of(!b.Value),
        TensorValue or ListValue => Value.Of(operand.AsMask("'not'").Map(x => Masks.Of(!Masks.IsSet(x)))),
        _ => Value.Of(!operand.AsBool("'not'")),
    };

    /// <summary><c>++</c>: two lists into one list, two strings into one string, two tensors along their first axis.</summary>
    private static Value Concatenate(Value left, Value right)
    {
        switch (left, right)
        {
            case (ListValue a, ListValue b):
                return new ListValue(a.Items.AddRange(b.Items));
            case (StringValue a, StringValue b):
                return Value.Of(a.Value + b.Value);
            case (TensorValue or ListValue, TensorValue or ListValue):
                var x = left.AsTensor("the left side of '++'");
                var y = right.AsTensor("the right side of '++'");
                if (x.Rank != y.Rank || !x.Shape.Skip(1).SequenceEqual(y.Shape.Skip(1)))
                    throw new EvaluationException($"'++' joins tensors along their first axis, so their other sizes must agree: got {Tensor.FormatShape(x.Shape)} and {Tensor.FormatShape(y.Shape)}");
                // Row-major order keeps the first axis outermost, so the cells simply follow each other.
                return Value.Of(Tensor.Create([x.Shape[0] + y.Shape[0], .. x.Shape.Skip(1)], [.. x.Values, .. y.Values]));
            default:
                throw new EvaluationException($"'++' joins two lists, two strings or two tensors, got {left.Describe()} and {right.Describe()}");
        }
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
        (TensorValue a, TensorValue b) => a.Tensor.SameShape(b.Tensor) && SameCells(a.Tensor, b.Tensor),
        (TensorValue, ListValue) or (ListValue, TensorValue) when TryTensor(left, out var a) && TryTensor(right, out var b) => AreEqual(Value.Of(a), Value.Of(b)),
        (ListValue a, ListValue b) => a.Items.Length == b.Items.Length && a.Items.Zip(b.Items).All(p => AreEqual(p.First, p.Second)),
        _ => left.Equals(right),
    };

    // Cell by cell by index: constraints compare tensors for every draw, and Zip over the cells allocated iterators each time.
    private static bool SameCells(Tensor a, Tensor b)
    {
        for (var i = 0; i < a.Count; i++)
            if (a[i].CompareTo(b[i]) != 0) return false;
        return true;
    }

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

    /// <summary>
    /// Indexing with slices among the indices: on a list the first index picks an item or a sub-list and the rest
    /// apply to what it picked (to each item of a sub-list); on a tensor each index takes one axis, a position
    /// dropping it and a slice keeping it, and the axes not indexed are kept whole.
    /// </summary>
    public static Value Index(Value target, IReadOnlyList<IndexSelector> selectors)
    {
        if (selectors.All(s => !s.IsSlice)) return Index(target, [.. selectors.Select(s => s.Index)]);
        switch (target)
        {
            case ListValue list:
            {
                var first = selectors[0];
                var rest = selectors.Skip(1).ToArray();
                if (!first.IsSlice)
                {
                    var item = list.Items[Wrap(first.Index, list.Items.Length)];
                    return rest.Length == 0 ? item : Index(item, rest);
                }
                return new ListValue([.. first.Positions(list.Items.Length).Select(p => rest.Length == 0 ? list.Items[p] : Index(list.Items[p], rest))]);
            }
            case TensorValue { Tensor: var t }:
            {
                if (selectors.Count > t.Rank) throw new EvaluationException($"{selectors.Count} indices for a rank-{t.Rank} tensor");
                var positions = new int[t.Rank][];
                var shape = new List<int>();
                var kept = new List<int>();
                for (var axis = 0; axis < t.Rank; axis++)
                {
                    var selector = axis < selectors.Count ? selectors[axis] : IndexSelector.Slice(null, null, null);
                    if (!selector.IsSlice)
                    {
                        positions[axis] = [Wrap(selector.Index, t.Shape[axis])];
                        continue;
                    }
                    positions[axis] = selector.Positions(t.Shape[axis]);
                    if (positions[axis].Length == 0)
                        throw new EvaluationException($"the slice {selector} selects nothing from axis {axis} (size {t.Shape[axis]}); a tensor cannot be empty");
                    shape.Add(positions[axis].Length);
                    kept.Add(axis);
                }
                var source = new int[t.Rank];
                return Value.Of(Tensor.Build(shape, inner =>
                {
                    for (var axis = 0; axis < t.Rank; axis++) source[axis] = positions[axis][0];
                    for (var k = 0; k < kept.Count; k++) source[kept[k]] = positions[kept[k]][inner[k]];
                    return t[source];
                }));
            }
            default:
                throw new EvaluationException($"cannot slice {target.Describe()}");
        }
    }

    private static int Wrap(int index, int length)
    {
        var i = index < 0 ? index + length : index;
        if (i < 0 || i >= length) throw new EvaluationException($"index {index} is out of range for length {length}");
        return i;
    }
}
