using DeepExam.Answers;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// Checks a wrong vector or matrix against the ways such answers usually go wrong, independent of the
/// exercise: transposed, negated, every cell off by one constant (a bias), every cell scaled by one
/// factor (a missing average or factor), the right values with extra or missing border (padding),
/// shifted by one position (an off-by-one window). Exercise-specific slips such as a flipped kernel are
/// the templates' known mistakes.
/// </summary>
/// <remarks>
/// A pattern is named only when the answer equals the transformed correct matrix on every cell the
/// transform defines, and those cells are not all the correct matrix's most common value: on a sparse
/// matrix an all-zero answer equals the shifted or cropped matrix wherever the transform lands on
/// zeros, and naming a slip the student did not make is worse than naming none.
/// </remarks>
public static class TensorPatterns
{
    public static TensorPattern? Recognise(Tensor expected, Tensor given, MostCommonValue common, Func<Number, Number, bool> same)
    {
        if (!expected.IsExact || !given.IsExact) return null;
        bool Equal(Tensor a, Tensor b) => a.SameShape(b) && a.Values.Zip(b.Values).All(p => same(p.First, p.Second));
        bool Telling(IEnumerable<Number> transformed) => !common.IsTrivial(transformed);

        if (expected.Rank == 2 && given.Rank == 2 && given.Shape[0] == expected.Shape[1] && given.Shape[1] == expected.Shape[0])
        {
            var transposed = Transpose(expected);
            if (Equal(transposed, given) && !Equal(expected, given) && Telling(transposed.Values))
                return new("transposed", "Your matrix is the transpose of the correct one: rows and columns are swapped.");
        }

        if (expected.SameShape(given))
        {
            var e = expected.ToArray();
            var g = given.ToArray();
            if (e.Any(x => x.Sign != 0) && e.Zip(g).All(p => (p.First + p.Second).Sign == 0) && Telling(e.Select(x => -x)))
                return new("negated", "Every entry has the wrong sign.");
            var offset = g[0] - e[0];
            if (offset.Sign != 0 && e.Zip(g).All(p => (p.Second - p.First).CompareTo(offset) == 0) && Telling(e.Select(x => x + offset)))
                return new("offset", $"Every entry is off by the same amount ({offset}): a bias left out or added?");
            var pivot = Array.FindIndex(e, x => x.Sign != 0);
            if (pivot >= 0)
            {
                var factor = g[pivot] / e[pivot];
                if (factor.CompareTo(Number.One) != 0 && factor.Sign != 0 && e.Zip(g).All(p => (p.First * factor).CompareTo(p.Second) == 0)
                    && Telling(e.Select(x => x * factor)))
                    return new("scaled", $"Every entry is {factor} times the correct one: a factor is missing or extra (an average over the batch, the ½ of the loss, a pooling divisor?).");
            }
            if (Shifted(expected, given, same, Telling) is { } shift) return shift;
        }
        if (expected.Rank == given.Rank && expected.Rank <= 2)
        {
            var margins = expected.Shape.Zip(given.Shape, (a, b) => b - a).ToArray();
            // Only the centre of a larger answer is compared, and it must equal the correct matrix.
            if (margins.All(m => m >= 0 && m % 2 == 0) && margins.Any(m => m > 0)
                && Equal(Crop(given, [.. margins.Select(m => m / 2)], expected.Shape), expected) && Telling(expected.Values))
                return new("padding", $"Your result is the correct one with {string.Join(" × ", margins.Select(m => m / 2))} extra border: check the padding.");
            if (margins.All(m => m <= 0 && m % 2 == 0) && margins.Any(m => m < 0))
            {
                var centre = Crop(expected, [.. margins.Select(m => -m / 2)], given.Shape);
                if (Equal(centre, given) && Telling(centre.Values))
                    return new("padding", "Your result is the centre of the correct one: the padding was left out.");
            }
        }
        return null;
    }

    private static TensorPattern? Shifted(Tensor expected, Tensor given, Func<Number, Number, bool> same, Func<IEnumerable<Number>, bool> telling)
    {
        if (expected.Rank > 2) return null;
        var rows = expected.Rank == 2 ? expected.Shape[0] : 1;
        var cols = expected.Shape[^1];
        Number At(Tensor t, int r, int c) => t.Rank == 2 ? t[r, c] : t[c];
        foreach (var (dr, dc) in new[] { (0, 1), (0, -1), (1, 0), (-1, 0) })
        {
            if (expected.Rank == 1 && dr != 0) continue;
            // The cells of the correct matrix the shift moves into the answer's overlap.
            var compared = new List<Number>();
            var matches = true;
            for (var r = 0; r < rows && matches; r++)
                for (var c = 0; c < cols && matches; c++)
                {
                    int sr = r + dr, sc = c + dc;
                    if (sr < 0 || sr >= rows || sc < 0 || sc >= cols) continue;
                    compared.Add(At(expected, sr, sc));
                    matches = same(At(expected, sr, sc), At(given, r, c));
                }
            if (matches && compared.Count * 2 >= rows * cols && compared.Count > 1 && telling(compared))
                return new("shifted", "Your values are the correct ones shifted by one position: check where the first window starts and the +1 in the output size.");
        }
        return null;
    }

    private static Tensor Transpose(Tensor m) => Tensor.Build([m.Shape[1], m.Shape[0]], i => m[i[1], i[0]]);

    private static Tensor Crop(Tensor t, int[] start, IReadOnlyList<int> shape) =>
        Tensor.Build(shape, i => t[[.. i.Select((x, axis) => x + start[axis])]]);
}
