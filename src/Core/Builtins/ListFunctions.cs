using System.Globalization;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using static DeepExam.Builtins.BuiltinParameter;

namespace DeepExam.Builtins;

/// <summary>
/// Lengths, counts and picks over lists, strings and masks (the 0/1 tensors that <c>x .&gt; 0</c> gives). The
/// operators that go with them, slicing and <c>++</c>, are the language's own (see <c>ValueOperators</c>).
/// </summary>
public static class ListFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Lists and masks";
        b.Add("len", "The number of items of a list, characters of a string, or rows of a tensor (its first size).",
            [Required("x", "list, string or tensor")],
            [new("len([3, 5, 7])", "3"), new("len(\"conv\")", "4"), new("len([[1, 2, 3], [4, 5, 6]])", "2")],
            a => Value.Of(Length(a)));
        b.Add("count_nonzero", "How many cells of x are not 0, or how many items are true in a list of true/false; on a mask (x .> 0), how many cells are set.",
            [Required("x", "number, tensor, or list of numbers or true/false")],
            [new("count_nonzero([[0, 2], [-1, 0]])", "2"), new("count_nonzero([3, -1, 4] .> 0)", "2"), new("count_nonzero([true, false, true])", "2")],
            a => Value.Of(CountNonZero(a["x"], a.Function.ArgumentLabel("x"))));
        b.Add("where", "Cell by cell, x where the condition is set and y where it is not; a number stands for every cell. With true/false as the condition, x or y whole.",
            [Required("condition", "mask or true/false"), Required("x", "number or tensor"), Required("y", "number or tensor")],
            [new("where([1, -2, 3] .> 0, [1, -2, 3], 0)", "[1, 0, 3]"), new("where([[1, 0], [0, 1]], 5, [[1, 2], [3, 4]])", "[[5, 2], [3, 5]]")],
            Where);
    }

    private static int Length(BuiltinArguments a) => a["x"] switch
    {
        ListValue l => l.Items.Length,
        // What a reader counts as a character: an accented letter or an emoji is one.
        StringValue s => new StringInfo(s.Value).LengthInTextElements,
        TensorValue t => t.Tensor.Shape[0],
        var other => throw new EvaluationException($"{a.Function.ArgumentLabel("x")} must be a list, a string or a tensor, got {other.Describe()}"),
    };

    private static int CountNonZero(Value value, string what) => value switch
    {
        NumberValue n => n.Number.Sign != 0 ? 1 : 0,
        BoolValue b => b.Value ? 1 : 0,
        TensorValue t => t.Tensor.Values.Count(x => x.Sign != 0),
        ListValue l => l.Items.Sum(i => i is ListValue or NumberValue or BoolValue or TensorValue
            ? CountNonZero(i, what)
            : throw new EvaluationException($"{what} must hold numbers or true/false, got {i.Describe()}")),
        _ => throw new EvaluationException($"{what} must be a number, a tensor or a list, got {value.Describe()}"),
    };

    private static Value Where(BuiltinArguments a)
    {
        if (a["condition"] is BoolValue choose) return choose.Value ? a["x"] : a["y"];
        var mask = a["condition"].AsMask(a.Function.ArgumentLabel("condition"));
        var x = Cells(a, "x", mask);
        var y = Cells(a, "y", mask);
        return Value.Of(Tensor.Build(mask.Shape, index =>
        {
            var flat = mask.FlatIndex(index);
            return Masks.IsSet(mask[flat]) ? x(flat) : y(flat);
        }));
    }

    /// <summary>An argument of <c>where</c> as a cell lookup: a number stands for every cell, a tensor must have the mask's shape.</summary>
    private static Func<int, Number> Cells(BuiltinArguments a, string name, Tensor mask)
    {
        if (a[name] is NumberValue n) return _ => n.Number;
        var t = a.Tensor(name);
        if (!t.SameShape(mask))
            throw a.Error($"'{name}' must be a number or have the condition's shape {Tensor.FormatShape(mask.Shape)}, got {Tensor.FormatShape(t.Shape)}");
        return flat => t[flat];
    }
}
