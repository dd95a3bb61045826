using DeepExam.Grading.Submissions;
using DeepExam.Output;

namespace DeepExam.Grading.Reports;

/// <summary>
/// The gradebook in the column layout an LMS imports (<c>grade --gradebook moodle|canvas</c>), one row
/// per roster student in roster order with the exam's total points (the <see cref="PrintedPoints"/> total,
/// as in grades.csv). docs/lms.md gives the import dialog's choices for each.
/// <list type="bullet">
/// <item>Moodle (gradebook "Import → CSV file"): the dialog maps any column to the user and any column to a
/// grade item, so the file gives every identifier there is: "ID number" (the roster id), "Email address"
/// (the roster's email column, when it has one), "Full name", then the exam's title.</item>
/// <item>Canvas (gradebook "Import"): the layout of Canvas's own gradebook export, "Student", "ID", "SIS User
/// ID", "SIS Login ID", "Section", then the exam's title as a new assignment column. "ID" is Canvas's user id:
/// the roster's "canvas_id" column, else the id in the name of the file Canvas's download gave for the
/// student. "SIS User ID" is the roster's "sis_user_id" column, else the roster id; "SIS Login ID" and
/// "Section" come from the roster's columns of those names. A "Points Possible" row follows the header, as
/// in Canvas's export: Canvas's importer reads it as the maximum of an assignment the file creates, which
/// would otherwise have none.</item>
/// </list>
/// </summary>
public static class LmsGradebookWriter
{
    public static string FileName(LmsKind lms) => lms == LmsKind.Moodle ? "gradebook-moodle.csv" : "gradebook-canvas.csv";

    public static void Write(TextWriter text, LmsKind lms, IReadOnlyList<GradedStudent> grades, RosterColumns roster, string examTitle)
    {
        using var csv = new SafeCsvWriter(text);
        var email = roster.Headers.FirstOrDefault(h => h.Replace(" ", "").Replace("_", "").Replace("-", "").Equals("email", StringComparison.OrdinalIgnoreCase)
            || h.Equals("email address", StringComparison.OrdinalIgnoreCase));
        string[] headers = lms == LmsKind.Moodle
            ? ["ID number", .. email is null ? Array.Empty<string>() : ["Email address"], "Full name", examTitle]
            : ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", examTitle];
        foreach (var h in headers) csv.Text(h);
        csv.EndRecord();
        if (lms == LmsKind.Canvas && grades.Count > 0)
        {
            csv.Text("Points Possible");
            for (var i = 1; i < headers.Length - 1; i++) csv.Text("");
            csv.Figure(PointsText.Show(grades[0].Max));
            csv.EndRecord();
        }
        foreach (var grade in grades)
        {
            var id = grade.Student.Id;
            if (lms == LmsKind.Moodle)
            {
                csv.Text(id);
                if (email is not null) csv.Text(roster.Value(id, email));
                csv.Text(grade.Student.Name);
            }
            else
            {
                csv.Text(grade.Student.Name);
                csv.Text(FirstOf(roster.Value(id, "canvas_id"), CanvasUserId(grade)));
                csv.Text(FirstOf(roster.Value(id, "sis_user_id"), id));
                csv.Text(roster.Value(id, "sis_login_id"));
                csv.Text(roster.Value(id, "section"));
            }
            csv.Figure(PointsText.Show(grade.Total));
            csv.EndRecord();
        }
    }

    private static string CanvasUserId(GradedStudent grade) =>
        grade.File is { } file && LmsSubmitter.Of(file) is { Lms: LmsKind.Canvas } submitter ? submitter.Id : "";

    private static string FirstOf(string value, string fallback) => value.Length > 0 ? value : fallback;
}
