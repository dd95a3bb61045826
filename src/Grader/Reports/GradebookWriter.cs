using DeepExam.Grading.Scoring;
using DeepExam.Numbers;
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

    public static void Write(TextWriter text, IReadOnlyList<GradedStudent> students, RosterColumns? roster = null)
    {
        roster ??= RosterColumns.None;
        var keys = PartColumns(students);
        var column = new Dictionary<string, int>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++) column[keys[i]] = i;
        // A class prints a handful of different figures (0, 1, 1.5, 2, ...) tens of thousands of times: each is made once.
        var shown = new Dictionary<Rational, string>();
        string Show(Rational points) => shown.TryGetValue(points, out var s) ? s : shown[points] = PointsText.Show(points);
        var cells = new string[keys.Count];
        using var csv = new SafeCsvWriter(text);
        foreach (var h in LeadingColumns.Concat(keys).Concat(["total", "max", "percent", "file"]).Concat(roster.Headers)) csv.Text(h);
        csv.EndRecord();
        foreach (var student in students)
        {
            csv.Text(student.Student.Id);
            csv.Text(student.Student.Name);
            csv.Text(SubmissionStatuses.Name(student.Status));
            Array.Fill(cells, "");
            foreach (var part in student.Parts) cells[column[part.Key]] = Show(part.Printed.Points);
            foreach (var cell in cells) csv.Figure(cell);
            csv.Figure(Show(student.Total));
            csv.Figure(Show(student.Max));
            csv.Figure(student.Percent);
            csv.Text(student.File ?? "");
            foreach (var value in roster.ValuesOf(student.Student.Id)) csv.Text(value);
            csv.EndRecord();
        }
    }

    /// <summary>Every part key of the class ("3.a"), by slot number, then in ordinal order within a slot.</summary>
    private static List<string> PartColumns(IReadOnlyList<GradedStudent> students)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = new List<string>();
        foreach (var student in students)
            foreach (var part in student.Parts)
                if (seen.Add(part.Key)) keys.Add(part.Key);
        return [.. keys.OrderBy(k => int.Parse(k[..k.IndexOf('.')], System.Globalization.CultureInfo.InvariantCulture)).ThenBy(k => k, StringComparer.Ordinal)];
    }
}
