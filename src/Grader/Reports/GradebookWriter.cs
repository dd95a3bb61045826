using CsvHelper;
using DeepExam.Grading.Grading;

namespace DeepExam.Grading.Reports;

/// <summary>
/// grades.csv: one row per roster student, in roster order, importable into a spreadsheet or an LMS:
/// id, name, status, points per part (exam order; pooled slots share a column per part id), total,
/// maximum, percentage, and the file that was graded.
/// </summary>
public static class GradebookWriter
{
    public static void Write(TextWriter text, IReadOnlyList<StudentGrade> grades)
    {
        var keys = grades.SelectMany(g => g.Parts.Select(p => p.Key)).Distinct(StringComparer.Ordinal)
            .OrderBy(k => int.Parse(k[..k.IndexOf('.')], System.Globalization.CultureInfo.InvariantCulture)).ThenBy(k => k, StringComparer.Ordinal).ToList();
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        foreach (var h in new[] { "student_id", "name", "status" }.Concat(keys).Concat(["total", "max", "percent", "file"])) csv.WriteField(h);
        csv.EndRecord();
        foreach (var grade in grades)
        {
            csv.WriteField(grade.Student.Id);
            csv.WriteField(grade.Student.Name);
            csv.WriteField(SubmissionStatuses.Name(grade.Status));
            var byKey = grade.Parts.ToDictionary(p => p.Key, StringComparer.Ordinal);
            foreach (var key in keys) csv.WriteField(byKey.TryGetValue(key, out var p) ? PointsText.Show(p.Points) : "");
            csv.WriteField(PointsText.Show(grade.Total));
            csv.WriteField(PointsText.Show(grade.Max));
            csv.WriteField(PointsText.Percent(grade.Total, grade.Max));
            csv.WriteField(grade.File ?? "");
            csv.EndRecord();
        }
    }
}
