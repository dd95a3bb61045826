using System.Collections.Immutable;
using DeepExam.Numbers;
using DeepExam.Templates;

namespace DeepExam.Exports;

/// <summary>
/// Turns the grader's rules for one part's numbers into what an LMS can check: a decimal and an absolute tolerance
/// per number, and the known mistakes as their own disjoint intervals after it.
/// </summary>
/// <remarks>
/// The grader's rules (DeepExam.Grading.Scoring.NumberMatch) are mirrored, not called: the core knows nothing of grading.
/// An exact answer is accepted exactly, or, with <c>digits</c> d, as any correct rounding to at least d places: the
/// interval of half a unit in the d-th place. An LMS reads decimals only, so an exact answer whose decimal does not
/// terminate, in a part without <c>digits</c>, is asked for to a stated number of places: the fewest from 2 on that
/// keep every known mistake and neighbouring integer out. An approximate answer (kind <c>approx</c>, or any inexact
/// value) takes the part's tolerance at its value, as an absolute one. Every check is exact arithmetic, with a guard
/// between intervals against the LMS's floating point (see <see cref="Guard"/>).
/// </remarks>
public static class NumericalPlanner
{
    /// <summary>The most places an export asks for before it gives up on a variant.</summary>
    public const int MostPlaces = 8;

    private const int FirstPlaces = 2;

    /// <param name="toleratesExactValues">Whether the part's kind compares an exact answer with its tolerance too (the grader's <c>approx</c>).</param>
    public static NumericalPlan Plan(PartTemplate part, bool toleratesExactValues, IReadOnlyList<NumericalCell> cells)
    {
        if (part.Digits is { } digits) return Build(part, toleratesExactValues, cells, digits);
        var needsPlaces = cells.Any(c => IsExactMode(part, toleratesExactValues, c.Expected) && !c.Expected.ExactValue.HasTerminatingDecimal);
        if (!needsPlaces) return Build(part, toleratesExactValues, cells, null);
        NumericalPlan? last = null;
        for (var places = FirstPlaces; places <= MostPlaces; places++)
        {
            last = Build(part, toleratesExactValues, cells, places);
            if (last.Exportable) return last;
        }
        return NumericalPlan.Failed($"no number of decimal places from {FirstPlaces} to {MostPlaces} keeps them apart; at {MostPlaces}, {last!.Failure}");
    }

    private static bool IsExactMode(PartTemplate part, bool toleratesExactValues, Number expected) =>
        expected.IsExact && !(toleratesExactValues && part.Tolerance is not null);

    private static NumericalPlan Build(PartTemplate part, bool toleratesExactValues, IReadOnlyList<NumericalCell> cells, int? places)
    {
        var fields = ImmutableArray.CreateBuilder<NumericalAnswer>(cells.Count);
        foreach (var cell in cells)
        {
            var exact = IsExactMode(part, toleratesExactValues, cell.Expected);
            var (value, tolerance) = exact ? ExactInterval(cell.Expected.ExactValue, places) : ToleranceInterval(cell.Expected, part.Tolerance ?? Tolerance.Default);
            var guard = Guard(value);
            if (exact)
            {
                var r = cell.Expected.ExactValue;
                foreach (var neighbour in Neighbours(r))
                    if ((neighbour - value).Abs() <= tolerance + guard)
                        return NumericalPlan.Failed($"the neighbouring integer {neighbour} lies within ±{ExactDecimal.Text(tolerance)} of the answer{Where(cells, cell)}");
                foreach (var (rule, mistake) in cell.Mistakes)
                {
                    if (Same(mistake, cell.Expected)) continue;
                    if ((Exact(mistake) - value).Abs() <= tolerance + guard)
                        return NumericalPlan.Failed($"known mistake {rule + 1} ({mistake}) lies within ±{ExactDecimal.Text(tolerance)} of the answer{Where(cells, cell)}");
                }
            }
            var taken = new List<(Rational Low, Rational High)> { (value - tolerance, value + tolerance) };
            var mistakes = ImmutableArray.CreateBuilder<NumericalMistake>();
            foreach (var (rule, mistake) in cell.Mistakes)
            {
                if (Same(mistake, cell.Expected)) continue;
                // A mistake is written as the student who makes it would write it: rounded like the answer, or in full when it terminates.
                var (centre, width) = mistake.IsExact && exact
                    ? ExactInterval(mistake.ExactValue, places ?? (mistake.ExactValue.HasTerminatingDecimal ? null : FirstPlaces))
                    : ToleranceInterval(mistake, part.Tolerance ?? Tolerance.Default);
                var mistakeGuard = Guard(centre);
                // A mistake inside an interval already taken (the correct one, or an earlier mistake's) is graded as that
                // one by the grader too, which checks the answer first and the rules in order: it gets no answer of its own.
                var room = taken.Min(t => Distance(centre, t)) - mistakeGuard;
                if (room.Sign <= 0) continue;
                width = width < room ? width : ExactDecimal.Down(room, 12);
                if (width.Sign == 0 && !(mistake.IsExact && mistake.ExactValue.HasTerminatingDecimal)) continue;
                mistakes.Add(new NumericalMistake(rule, centre, width));
                taken.Add((centre - width, centre + width));
            }
            fields.Add(new NumericalAnswer(value, tolerance, mistakes.ToImmutable()));
        }
        return new NumericalPlan(fields.MoveToImmutable(), places, null);
    }

    /// <summary>
    /// An exact value: itself with no tolerance when no places are asked for (its decimal terminates); else the interval of a
    /// correct rounding to that many places, about a centre rounded 6 places further and widened by what that rounding moved it.
    /// </summary>
    private static (Rational Value, Rational Tolerance) ExactInterval(Rational r, int? places)
    {
        if (places is not { } p) return (ExactDecimal.Places(r) is not null ? r : ExactDecimal.Round(r, 12), Rational.Zero);
        if (ExactDecimal.Places(r) is { } own && own <= p + 6) return (r, ExactDecimal.HalfUnit(p));
        var centre = ExactDecimal.Round(r, p + 6);
        return (centre, ExactDecimal.Up(ExactDecimal.HalfUnit(p) + (centre - r).Abs(), p + 7));
    }

    /// <summary>The part's tolerance at the value, as an absolute one, the way the grader applies it (including its 10⁻¹² slack).</summary>
    private static (Rational Value, Rational Tolerance) ToleranceInterval(Number expected, Tolerance tolerance)
    {
        var x = expected.ToDouble();
        var width = tolerance.Mode switch
        {
            ToleranceMode.Absolute => tolerance.Amount * (1 + 1e-12),
            ToleranceMode.Relative => x == 0 ? tolerance.Amount : tolerance.Amount * Math.Abs(x) * (1 + 1e-12),
            _ => x == 0 ? 0 : 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(x))) - tolerance.Amount + 1) * (1 + 1e-12),
        };
        var centre = expected.IsExact && ExactDecimal.Places(expected.ExactValue) is { } places && places <= 12
            ? expected.ExactValue
            : ExactDecimal.Of(x);
        return (centre, ExactDecimal.Of(width));
    }

    /// <summary>The integers next to an exact answer: the two around a fraction, the one below and above an integer.</summary>
    private static IEnumerable<Rational> Neighbours(Rational r) =>
        r.IsInteger ? [r - 1, r + 1] : [new Rational(r.Floor()), new Rational(r.Ceiling())];

    /// <summary>
    /// The room kept between intervals for the LMS's floating point: a double holds a value to about 10⁻¹⁶ of its size, and
    /// Moodle widens every tolerance by 10⁻¹⁴; 10⁻¹³ of the value plus 10⁻¹² is well beyond both.
    /// </summary>
    private static Rational Guard(Rational value) => new Rational(1, 1_000_000_000_000) + value.Abs() * new Rational(1, 10_000_000_000_000);

    private static Rational Distance(Rational x, (Rational Low, Rational High) interval) =>
        x < interval.Low ? interval.Low - x : x > interval.High ? x - interval.High : -Rational.One;

    private static Rational Exact(Number n) => n.IsExact ? n.ExactValue : ExactDecimal.Of(n.ToDouble());

    private static bool Same(Number mistake, Number expected) =>
        mistake.IsExact && expected.IsExact ? mistake.ExactValue == expected.ExactValue : mistake.ToDouble() == expected.ToDouble();

    private static string Where(IReadOnlyList<NumericalCell> cells, NumericalCell cell)
    {
        if (cells.Count == 1) return "";
        for (var i = 0; i < cells.Count; i++)
            if (ReferenceEquals(cells[i], cell)) return $" (entry {i + 1})";
        return "";
    }
}
