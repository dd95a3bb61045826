using DeepExam.Evaluation;
using DeepExam.Numbers;

namespace DeepExam.Values;

/// <summary>
/// Masks: what the element-wise comparisons (<c>x .&gt; 0</c>) give, a tensor of exact 0s and 1s. Tensors hold numbers
/// only, so a mask is a 0/1 tensor rather than a tensor of another element type: it composes as it is with
/// <c>sum</c>, <c>count_nonzero</c>, arithmetic (<c>x * mask</c>) and <c>where</c>, and prints as the numbers it is.
/// </summary>
public static class Masks
{
    public static Number Of(bool set) => set ? Number.One : Number.Zero;

    /// <summary>
    /// The value as a mask. Any other number is an error rather than "non-zero is true": a tensor of data where a
    /// mask belongs is a slip in the template, and the message says which cell gave it away.
    /// </summary>
    public static Tensor AsMask(this Value value, string what)
    {
        var tensor = value.AsTensor(what);
        for (var flat = 0; flat < tensor.Count; flat++)
        {
            var cell = tensor[flat];
            if (!cell.IsExact || (cell.Sign != 0 && cell.CompareTo(Number.One) != 0))
                throw new EvaluationException($"{what} must be a mask of 0s and 1s (such as x .> 0), got {cell} at {Position(tensor, flat)}");
        }
        return tensor;
    }

    /// <summary>Whether a cell of a mask checked by <see cref="AsMask"/> is set.</summary>
    public static bool IsSet(Number cell) => cell.Sign != 0;

    private static string Position(Tensor tensor, int flat)
    {
        var index = new int[tensor.Rank];
        for (var axis = tensor.Rank - 1; axis >= 0; axis--)
        {
            index[axis] = flat % tensor.Shape[axis];
            flat /= tensor.Shape[axis];
        }
        return Tensor.FormatShape(index);
    }
}
