using System.Collections.Immutable;
using DeepExam.Grading.Grading;

namespace DeepExam.Grading.Reports;

/// <summary>
/// Per part of each exercise (a pooled slot's exercises are counted apart): the mean score, the share
/// of full marks, and the wrong answers most often given. Missing and wrong-exam submissions are left
/// out, so the figures describe the answers that were handed in.
/// </summary>
public static class StatisticsCollector
{
    public static ImmutableArray<PartStatistics> Collect(IEnumerable<StudentGrade> grades, Func<string, string, string> exerciseOfKey, int top = 5)
    {
        var rows = new List<(string Exercise, string Part, PartGrade Grade)>();
        foreach (var student in grades.Where(g => g.Status is SubmissionStatus.Graded or SubmissionStatus.CheckCodeMismatch))
            foreach (var part in student.Parts)
                rows.Add((exerciseOfKey(student.Student.Id, part.Key), part.Key[(part.Key.IndexOf('.') + 1)..], part));

        return [.. rows.GroupBy(r => (r.Exercise, r.Part)).OrderBy(g => SlotOf(g.First().Grade.Key)).ThenBy(g => g.Key.Exercise, StringComparer.Ordinal).ThenBy(g => g.Key.Part, StringComparer.Ordinal)
            .Select(g =>
            {
                var list = g.ToList();
                var answered = list.Count(r => r.Grade.Status != PartStatus.Unanswered);
                var mean = list.Average(r => r.Grade.MaxPoints.Sign == 0 ? 0 : (r.Grade.Points / r.Grade.MaxPoints).ToDouble());
                var full = list.Count(r => r.Grade.Points == r.Grade.MaxPoints) / (double)list.Count;
                var wrong = list.Where(r => r.Grade.Status is PartStatus.Incorrect or PartStatus.Partial or PartStatus.CarriedForward)
                    .GroupBy(r => Canonical(r.Grade.Given))
                    .Select(w => new CommonWrongAnswer(w.First().Grade.Given, w.Count(), w.Select(x => x.Grade.Matched).FirstOrDefault(m => m is not null)))
                    .OrderByDescending(w => w.Count).ThenBy(w => w.Answer, StringComparer.Ordinal)
                    .Take(top);
                return new PartStatistics(g.Key.Exercise, g.Key.Part, list[0].Grade.Key, answered, list.Count, mean, full, [.. wrong]);
            })];
    }

    private static int SlotOf(string key) => int.TryParse(key.AsSpan(0, Math.Max(0, key.IndexOf('.'))), out var slot) ? slot : 0;

    private static string Canonical(string answer) => new(answer.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
