using DeepExam.Evaluation;

namespace DeepExam.Expressions.Evaluation;

/// <summary>
/// One index of an indexing, evaluated: a position, which drops its axis (<c>X[1]</c> is a row), or a slice, which
/// keeps it (<c>X[1:2]</c> is a 1-row matrix). Slices follow Python: bounds past the ends are clamped, negative ones
/// count from the end, a negative step walks backwards, and a left-out bound means "from the start" or "to the end"
/// in the step's direction.
/// </summary>
public readonly record struct IndexSelector(bool IsSlice, int Index, int? Start, int? Stop, int Step)
{
    public static IndexSelector At(int index) => new(false, index, null, null, 1);

    public static IndexSelector Slice(int? start, int? stop, int? step)
    {
        if (step == 0) throw new EvaluationException("a slice step cannot be 0");
        return new(true, 0, start, stop, step ?? 1);
    }

    /// <summary>The positions a slice selects along an axis of the given length, in order; possibly none.</summary>
    public int[] Positions(int length)
    {
        var step = Step;
        int from, to;
        if (step > 0)
        {
            from = Start is { } s ? Math.Clamp(s < 0 ? s + length : s, 0, length) : 0;
            to = Stop is { } e ? Math.Clamp(e < 0 ? e + length : e, 0, length) : length;
            if (to <= from) return [];
            return [.. Enumerable.Range(0, (to - from + step - 1) / step).Select(k => from + k * step)];
        }
        // Walking backwards the bounds clamp to [-1, length - 1]: -1 stands for "past the first item".
        from = Start is { } bs ? Math.Clamp(bs < 0 ? bs + length : bs, -1, length - 1) : length - 1;
        to = Stop is { } be ? Math.Clamp(be < 0 ? be + length : be, -1, length - 1) : -1;
        if (from <= to) return [];
        return [.. Enumerable.Range(0, (from - to - step - 1) / -step).Select(k => from + k * step)];
    }

    /// <summary>The slice as written, for messages: "1:3", ":-1", "::2".</summary>
    public override string ToString() => !IsSlice
        ? Index.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : $"{Start}:{Stop}{(Step == 1 ? "" : $":{Step}")}";
}
