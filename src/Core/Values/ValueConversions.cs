using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Numbers;

namespace DeepExam.Values;

/// <summary>Turning values into the shapes builtins need, with messages that say what was expected.</summary>
public static class ValueConversions
{
    public static Number AsNumber(this Value value, string what) => value switch
    {
        NumberValue n => n.Number,
        _ => throw new EvaluationException($"{what} must be a number, got {value.Describe()}"),
    };

    public static Rational AsExact(this Value value, string what)
    {
        var n = value.AsNumber(what);
        return n.IsExact ? n.ExactValue : throw new EvaluationException($"{what} must be exact, got an approximate number");
    }

    public static BigInteger AsInteger(this Value value, string what)
    {
        var n = value.AsNumber(what);
        if (!n.IsInteger) throw new EvaluationException($"{what} must be an integer, got {n}");
        return n.ExactValue.Numerator;
    }

    public static int AsInt(this Value value, string what)
    {
        if (value is NumberValue number && SmallInt(number.Number, out var small)) return small;
        var i = value.AsInteger(what);
        if (i < int.MinValue || i > int.MaxValue) throw new EvaluationException($"{what} is too large: {i}");
        return (int)i;
    }

    public static bool AsBool(this Value value, string what) => value switch
    {
        BoolValue b => b.Value,
        _ => throw new EvaluationException($"{what} must be true or false, got {value.Describe()}"),
    };

    public static string AsString(this Value value, string what) => value switch
    {
        StringValue s => s.Value,
        _ => throw new EvaluationException($"{what} must be a string, got {value.Describe()}"),
    };

    public static IReadOnlyList<Value> AsList(this Value value, string what) => value switch
    {
        ListValue l => l.Items,
        _ => throw new EvaluationException($"{what} must be a list, got {value.Describe()}"),
    };

    /// <summary>A list of integers, e.g. a shape [28, 28, 5].</summary>
    public static int[] AsIntList(this Value value, string what)
    {
        switch (value)
        {
            case ListValue l:
            {
                var result = new int[l.Items.Length];
                for (var i = 0; i < result.Length; i++)
                    result[i] = l.Items[i] is NumberValue n && SmallInt(n.Number, out var v) ? v : l.Items[i].AsInt($"{what}[{i}]");
                return result;
            }
            case TensorValue { Tensor.Rank: 1 } t:
            {
                var result = new int[t.Tensor.Count];
                for (var i = 0; i < result.Length; i++)
                    result[i] = SmallInt(t.Tensor[i], out var v) ? v : new NumberValue(t.Tensor[i]).AsInt($"{what}[{i}]");
                return result;
            }
            default:
                throw new EvaluationException($"{what} must be a list of integers, got {value.Describe()}");
        }
    }

    // The common case, checked without building the label an error message would need.
    private static bool SmallInt(Number n, out int value)
    {
        value = 0;
        return n.IsExact && n.ExactValue.TryGetInt32(out value);
    }

    /// <summary>An integer or a list of <paramref name="count"/> integers (a kernel size 3 or [3, 5]).</summary>
    public static int[] AsIntOrTuple(this Value value, int count, string what)
    {
        if (value is NumberValue)
        {
            var all = new int[count];
            Array.Fill(all, value.AsInt(what));
            return all;
        }
        var list = value.AsIntList(what);
        if (list.Length != count) throw new EvaluationException($"{what} must be an integer or a list of {count} integers, got {list.Length}");
        return list;
    }

    /// <summary>A tensor, accepting rectangular nested lists of numbers as well.</summary>
    public static Tensor AsTensor(this Value value, string what)
    {
        switch (value)
        {
            case TensorValue t:
                return t.Tensor;
            case ListValue l:
                var shape = new List<int>();
                var data = new List<Number>();
                Flatten(l, 0, shape, data, what);
                return Tensor.Create(shape, [.. data]);
            default:
                throw new EvaluationException($"{what} must be a vector, matrix or tensor, got {value.Describe()}");
        }
    }

    /// <summary>A tensor of exactly the given rank.</summary>
    public static Tensor AsTensor(this Value value, int rank, string what)
    {
        var t = value.AsTensor(what);
        if (t.Rank != rank)
        {
            var name = rank switch { 1 => "a vector", 2 => "a matrix", _ => $"a rank-{rank} tensor" };
            throw new EvaluationException($"{what} must be {name}, got {new TensorValue(t).Describe()}");
        }
        return t;
    }

    // The first path down fixes the shape; every later item must agree with it.
    private static void Flatten(Value item, int depth, List<int> shape, List<Number> data, string what)
    {
        if (item is TensorValue t) item = ListFromTensor(t.Tensor);
        switch (item)
        {
            case NumberValue n:
                if (depth == 0) throw new EvaluationException($"{what} must be a vector, matrix or tensor, got a number");
                if (shape.Count != depth) throw new EvaluationException($"{what} is not rectangular");
                data.Add(n.Number);
                break;
            case ListValue list:
                if (list.Items.Length == 0) throw new EvaluationException($"{what} has an empty list");
                if (depth >= Tensor.MaxRank) throw new EvaluationException($"{what} is nested deeper than rank {Tensor.MaxRank}");
                if (shape.Count == depth && data.Count == 0) shape.Add(list.Items.Length);
                else if (shape.Count <= depth || shape[depth] != list.Items.Length) throw new EvaluationException($"{what} is not rectangular");
                foreach (var child in list.Items) Flatten(child, depth + 1, shape, data, what);
                break;
            default:
                throw new EvaluationException($"{what} must hold only numbers, got {item.Describe()}");
        }
    }

    private static ListValue ListFromTensor(Tensor t)
    {
        var flat = 0;
        return Build(0);
        ListValue Build(int axis) => new([.. Enumerable.Range(0, t.Shape[axis]).Select(_ => axis == t.Rank - 1 ? (Value)new NumberValue(t[flat++]) : Build(axis + 1))]);
    }
}
