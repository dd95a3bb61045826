using DeepExam.Grading.Scoring;
using DeepExam.Output;

namespace DeepExam.Grading.Reports;

/// <summary>
/// grades.csv: one row per roster student, in roster order, importable into a spreadsheet or an LMS:
/// id, name, status, points per part (exam order; pooled slots share a column per part id), total,
/// maximum, percentage, the file that was graded, and then the roster's other columns as the roster
/// names them (an email or an LMS id number lets an LMS import match the rows). The points are the <see cref="PrintedPoints"/>,
/// so a row's parts add up to its total. Ids, names and file names are free text, the points figures
/// (see <see cref="SafeCsvWriter"/>).
/// </summary>
public static class GradebookWriter
{
    private static readonly string[] LeadingColumns = ["student_id", "name", "status"];

    public static void Write(TextWriter text, IReadOnlyList<StudentGrade> grades, RosterColumns? roster = null)
    {
        roster ??= RosterColumns.None;
        var keys = grades.SelectMany(g => g.Parts.Select(p => p.Key)).Distinct(StringComparer.Ordinal)
            .OrderBy(k => int.Parse(k[..k.IndexOf('.')], System.Globalization.CultureInfo.InvariantCulture)).ThenBy(k => k, StringComparer.Ordinal).ToList();
        using var csv = new SafeCsvWriter(text);
        foreach (var h in LeadingColumns.Concat(keys).Concat(["total", "max", "percent", "file"]).Concat(roster.Headers)) csv.Text(h);
        csv.EndRecord();
        foreach (var grade in grades)
        {
            csv.Text(grade.Student.Id);
            csv.Text(grade.Student.Name);
            csv.Text(SubmissionStatuses.Name(grade.Status));
            var printed = PrintedPoints.Of(grade);
            var byKey = new Dictionary<string, PrintedPart>(grade.Parts.Length, StringComparer.Ordinal);
            for (var i = 0; i < grade.Parts.Length; i++) byKey[grade.Parts[i].Key] = printed.Parts[i];
            foreach (var key in keys) csv.Figure(byKey.TryGetValue(key, out var p) ? PointsText.Show(p.Points) : "");
            csv.Figure(PointsText.Show(printed.Total));
            csv.Figure(PointsText.Show(printed.Max));
            csv.Figure(printed.Percent);
            csv.Text(grade.File ?? "");
            foreach (var value in roster.ValuesOf(grade.Student.Id)) csv.Text(value);
            csv.EndRecord();
        }
    }
}
