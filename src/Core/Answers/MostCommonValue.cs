using System.Collections.Immutable;
using DeepExam.Numbers;
using DeepExam.Templates;

namespace DeepExam.Answers;

/// <summary>
/// The value most entries of a correct answer share, and how many share it: the most entries an answer
/// that repeats one value everywhere gets right (all zeros against a sparse gradient, 224 against
/// [3, 224, 224]). Partial credit counts only the right entries beyond <see cref="Count"/>, and a pattern
/// is not named for such a trivial answer; the question-bank exports give the same chance-corrected credit from it. <see cref="Values"/> holds every value with that count when
/// several tie, in order of first appearance.
/// </summary>
public sealed record MostCommonValue(ImmutableArray<Number> Values, int Count)
{
    /// <summary>The value shown in feedback ("an answer with every entry 0").</summary>
    public Number Value => Values[0];

    /// <summary>
    /// Exact entries count by exact equality, which is how a constant written as a whole number or
    /// fraction is compared with them. Approximate entries count by the part's tolerance: the most
    /// entries a constant equal to one of them would be accepted for.
    /// </summary>
    public static MostCommonValue Of(IReadOnlyList<Number> cells, Tolerance tolerance)
    {
        var counts = new int[cells.Count];
        if (cells.All(c => c.IsExact))
        {
            // First index of each value: equal entries add to the count held at their first occurrence.
            var first = new Dictionary<Rational, int>(cells.Count);
            for (var i = 0; i < cells.Count; i++)
                counts[first.TryAdd(cells[i].ExactValue, i) ? i : first[cells[i].ExactValue]]++;
        }
        else
        {
            for (var i = 0; i < cells.Count; i++)
                counts[i] = cells.Count(c => Accepts(c, cells[i], tolerance));
        }
        var most = counts.Length == 0 ? 0 : counts.Max();
        var values = ImmutableArray.CreateBuilder<Number>();
        for (var i = 0; i < cells.Count; i++)
            if (counts[i] == most && !values.Contains(cells[i])) values.Add(cells[i]);
        return new MostCommonValue(values.ToImmutable(), most);
    }

    /// <summary>Whether every one of <paramref name="cells"/> is the same most common value: what a trivial answer shows there.</summary>
    public bool IsTrivial(IEnumerable<Number> cells)
    {
        Number? first = null;
        foreach (var c in cells)
        {
            if (first is null) first = c;
            else if (!c.Equals(first.Value)) return false;
        }
        return first is { } v && Values.Contains(v);
    }

    private static bool Accepts(Number expected, Number constant, Tolerance tolerance) =>
        expected.IsExact ? constant.IsExact && expected.ExactValue == constant.ExactValue
            : tolerance.Accepts(expected.ToDouble(), constant.ToDouble());
}
