using System.Collections.Concurrent;
using System.Collections.Immutable;
using DeepExam.Grading.Scoring;
using DeepExam.Numbers;

namespace DeepExam.Grading.Reports;

/// <summary>
/// Per part of each exercise (a pooled slot's exercises are counted apart): the mean score, the share
/// of full marks (both from the <see cref="PrintedPoints"/>, so they agree with grades.csv), and the
/// wrong answers most often given. Missing and wrong-exam submissions are left
/// out, so the figures describe the answers that were handed in.
/// Students are added as they are graded, from any thread and in any order; the result depends only
/// on the roster order given with each student (sums are exact, and a wrong answer is shown as the
/// first student in the roster wrote it), so a run's statistics are the same every time.
/// </summary>
public sealed class StatisticsCollector
{
    private readonly ConcurrentDictionary<(string Exercise, string Part), PartTally> _parts = new();

    /// <param name="rosterIndex">The student's place in the roster, which settles ties and representatives.</param>
    /// <param name="printed">The grade's <see cref="PrintedPoints"/>, worked out once per student for all its reports.</param>
    /// <param name="exerciseOfSlot">The id of the exercise the student got in each slot (1-based).</param>
    public void Add(int rosterIndex, StudentGrade grade, PrintedPoints printed, Func<int, string> exerciseOfSlot)
    {
        if (grade.Status is not (SubmissionStatus.Graded or SubmissionStatus.CheckCodeMismatch)) return;
        for (var i = 0; i < grade.Parts.Length; i++)
        {
            var part = grade.Parts[i];
            var dot = part.Key.IndexOf('.');
            var slot = int.TryParse(part.Key.AsSpan(0, Math.Max(0, dot)), out var s) ? s : 0;
            var tally = _parts.GetOrAdd((exerciseOfSlot(slot), part.Key[(dot + 1)..]), static (_, slot) => new PartTally(slot), slot);
            tally.Add(rosterIndex, part, printed.Parts[i]);
        }
    }

    public ImmutableArray<PartStatistics> Build(int top = 5) =>
        [.. _parts.OrderBy(p => p.Value.Slot).ThenBy(p => p.Key.Exercise, StringComparer.Ordinal).ThenBy(p => p.Key.Part, StringComparer.Ordinal)
            .Select(p => p.Value.Statistics(p.Key.Exercise, p.Key.Part, top))];

    private sealed class PartTally(int slot)
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, WrongTally> _wrong = new(StringComparer.Ordinal);
        private (int Index, string Key) _first = (int.MaxValue, "");
        private int _count, _answered, _full;
        private Rational _shares = Rational.Zero;

        public int Slot { get; } = slot;

        public void Add(int index, PartGrade grade, PrintedPart printed)
        {
            var share = printed.Max.Sign == 0 ? Rational.Zero : printed.Points / printed.Max;
            var wrong = grade.Status is PartStatus.Incorrect or PartStatus.Partial or PartStatus.CarriedForward;
            var canonical = wrong ? Canonical(grade.Given) : null;
            lock (_lock)
            {
                if (index < _first.Index) _first = (index, grade.Key);
                _count++;
                if (grade.Status != PartStatus.Unanswered) _answered++;
                if (printed.Points == printed.Max) _full++;
                _shares += share;
                if (canonical is null) return;
                if (!_wrong.TryGetValue(canonical, out var tally)) _wrong[canonical] = tally = new WrongTally();
                tally.Add(index, grade);
            }
        }

        public PartStatistics Statistics(string exercise, string part, int top) =>
            new(exercise, part, _first.Key, _answered, _count, (_shares / _count).ToDouble(), _full / (double)_count,
                [.. _wrong.Values.Select(w => w.Common())
                    .OrderByDescending(w => w.Count).ThenBy(w => w.Answer, StringComparer.Ordinal).Take(top)]);
    }

    // One wrong answer up to spacing: how often, as the earliest student in the roster wrote it, and
    // the mistake or pattern the earliest matched student's answer was recognised as.
    private sealed class WrongTally
    {
        private (int Index, string Given) _shown = (int.MaxValue, "");
        private (int Index, string? Matched) _matched = (int.MaxValue, null);
        private int _count;

        public void Add(int index, PartGrade grade)
        {
            _count++;
            if (index < _shown.Index) _shown = (index, grade.Given);
            if (grade.Matched is not null && index < _matched.Index) _matched = (index, grade.Matched);
        }

        public CommonWrongAnswer Common() => new(_shown.Given, _count, _matched.Matched);
    }

    private static string Canonical(string answer) => answer.Any(char.IsWhiteSpace) ? string.Concat(answer.Where(c => !char.IsWhiteSpace(c))) : answer;
}
