using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Grading.Grading;

/// <summary>
/// Checks a wrong vector or matrix against the ways such answers usually go wrong, independent of the
/// exercise: transposed, negated, every cell off by one constant (a bias), every cell scaled by one
/// factor (a missing average or factor), the right values with extra or missing border (padding),
/// shifted by one position (an off-by-one window). Exercise-specific slips such as a flipped kernel are
/// the templates' known mistakes.
/// </summary>
public static class TensorPatterns
{
    public static TensorPattern? Recognise(Tensor expected, Tensor given, Func<Number, Number, bool> same)
    {
        if (!expected.IsExact || !given.IsExact) return null;
        bool Equal(Tensor a, Tensor b) => a.SameShape(b) && a.Values.Zip(b.Values).All(p => same(p.First, p.Second));

        if (expected.Rank == 2 && given.Rank == 2 && given.Shape[0] == expected.Shape[1] && given.Shape[1] == expected.Shape[0]
            && Equal(Transpose(expected), given) && !Equal(expected, given))
            return new("transposed", "Your matrix is the transpose of the correct one: rows and columns are swapped.");

        if (expected.SameShape(given))
        {
            var e = expected.ToArray();
            var g = given.ToArray();
            if (e.Any(x => x.Sign != 0) && e.Zip(g).All(p => (p.First + p.Second).Sign == 0))
                return new("negated", "Every entry has the wrong sign.");
            var offset = g[0] - e[0];
            if (offset.Sign != 0 && e.Zip(g).All(p => (p.Second - p.First).CompareTo(offset) == 0))
                return new("offset", $"Every entry is off by the same amount ({offset}): a bias left out or added?");
            var pivot = Array.FindIndex(e, x => x.Sign != 0);
            if (pivot >= 0)
            {
                var factor = g[pivot] / e[pivot];
                if (factor.CompareTo(Number.One) != 0 && factor.Sign != 0 && e.Zip(g).All(p => (p.First * factor).CompareTo(p.Second) == 0))
                    return new("scaled", $"Every entry is {factor} times the correct one: a factor is missing or extra (an average over the batch, the ½ of the loss, a pooling divisor?).");
            }
            if (Shifted(expected, given, same) is { } shift) return shift;
        }
        if (expected.Rank == given.Rank && expected.Rank <= 2)
        {
            var margins = expected.Shape.Zip(given.Shape, (a, b) => b - a).ToArray();
            if (margins.All(m => m >= 0 && m % 2 == 0) && margins.Any(m => m > 0) && Equal(Crop(given, margins.Select(m => m / 2).ToArray(), expected.Shape), expected))
                return new("padding", $"Your result is the correct one with {string.Join(" × ", margins.Select(m => m / 2))} extra border: check the padding.");
            if (margins.All(m => m <= 0 && m % 2 == 0) && margins.Any(m => m < 0) && Equal(Crop(expected, margins.Select(m => -m / 2).ToArray(), given.Shape), given))
                return new("padding", "Your result is the centre of the correct one: the padding was left out.");
        }
        return null;
    }

    private static TensorPattern? Shifted(Tensor expected, Tensor given, Func<Number, Number, bool> same)
    {
        if (expected.Rank > 2) return null;
        var rows = expected.Rank == 2 ? expected.Shape[0] : 1;
        var cols = expected.Shape[^1];
        Number At(Tensor t, int r, int c) => t.Rank == 2 ? t[r, c] : t[c];
        foreach (var (dr, dc) in new[] { (0, 1), (0, -1), (1, 0), (-1, 0) })
        {
            if (expected.Rank == 1 && dr != 0) continue;
            var overlap = 0;
            var matches = true;
            for (var r = 0; r < rows && matches; r++)
                for (var c = 0; c < cols && matches; c++)
                {
                    int sr = r + dr, sc = c + dc;
                    if (sr < 0 || sr >= rows || sc < 0 || sc >= cols) continue;
                    overlap++;
                    matches = same(At(expected, sr, sc), At(given, r, c));
                }
            if (matches && overlap * 2 >= rows * cols && overlap > 1)
                return new("shifted", "Your values are the correct ones shifted by one position: check where the first window starts and the +1 in the output size.");
        }
        return null;
    }

    private static Tensor Transpose(Tensor m) => Tensor.Build([m.Shape[1], m.Shape[0]], i => m[i[1], i[0]]);

    private static Tensor Crop(Tensor t, int[] start, IReadOnlyList<int> shape) =>
        Tensor.Build(shape, i => t[[.. i.Select((x, axis) => x + start[axis])]]);
}
