using DeepExam.Answers;
using DeepExam.Numbers;
using DeepExam.Text;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// Per-entry partial credit for an answer of the right shape, corrected for chance: of
/// <see cref="Total"/> entries <see cref="Right"/> are right, and an answer that repeats the correct
/// answer's most common value gets <see cref="MostCommonValue.Count"/> right without any working (an
/// all-zero answer to a sparse gradient), so only the right entries beyond those earn credit:
/// max(0, (right − common) / (total − common)), and none when every entry has the common value.
/// </summary>
public sealed record CellCredit(int Right, int Total, MostCommonValue Common)
{
    public Rational Share => Right <= Common.Count ? Rational.Zero : new Rational(Right - Common.Count, Total - Common.Count);

    /// <summary>
    /// The feedback line: how many entries are right and why that earns what it does, so that 5 of 9
    /// right for no credit is not a surprise. <paramref name="entry"/> names one entry ("entry", "value").
    /// </summary>
    public string Explain(string entry, string entries)
    {
        var right = $"{Right} of {Total} {entries} are right";
        if (Right == 0) return right + ".";
        var value = Common.Value.IsExact ? Common.Value.ToString() : ValueFormatter.Approximate(Common.Value.ToDouble());
        if (Common.Count == Total)
            return $"{right}, but every {entry} of the correct answer is {value}: there is no credit for part of it.";
        var constant = Common.Count == 1 ? "an answer that repeats one of the correct values everywhere" : $"an answer with every {entry} {value}";
        if (Right > Common.Count)
            return $"{right}. Since {constant} would get {Common.Count} right, the credit is ({Right} - {Common.Count}) / ({Total} - {Common.Count}) = {Share} of the points.";
        return Right == Common.Count
            ? $"{right}, but {constant} gets {Common.Count} right too: no credit."
            : $"{right}, fewer than the {Common.Count} that {constant} gets: no credit.";
    }
}
