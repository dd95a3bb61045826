using DeepExam.Grading.Scoring;
using DeepExam.Output;

namespace DeepExam.Grading.Reports;

/// <summary>
/// feedback/&lt;student&gt;.yaml: every part with the answer given, the correct answer, the points and the
/// feedback. Points are the <see cref="PrintedPoints"/>, the same figures as in grades.csv.
/// </summary>
public static class FeedbackWriter
{
    public static string Write(StudentGrade grade, string examId)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(grade, PrintedPoints.Of(grade), examId, text);
        return text.ToString();
    }

    /// <summary>Writes straight to the file: one is written per student, and a class has thousands.</summary>
    /// <param name="printed">The grade's <see cref="PrintedPoints"/>, worked out once per student for all its reports.</param>
    public static void Write(StudentGrade grade, PrintedPoints printed, string examId, TextWriter y)
    {
        y.Write("# Feedback on your answers, part by part.\n");
        Quoted("", "exam", examId);
        Quoted("", "student", grade.Student.Id);
        Quoted("", "name", grade.Student.Name);
        Field("", "status", SubmissionStatuses.Name(grade.Status));
        Quoted("", "total", PointsText.Show(printed.Total));
        Quoted("", "max", PointsText.Show(printed.Max));
        Field("", "percent", printed.Percent);
        if (!grade.Notes.IsEmpty)
        {
            y.Write("notes:\n");
            foreach (var note in grade.Notes) Item("  ", note);
        }
        y.Write("parts:\n");
        for (var i = 0; i < grade.Parts.Length; i++)
        {
            var part = grade.Parts[i];
            Quoted("  - ", "part", part.Key);
            Field("    ", "result", Name(part.Status));
            Field("    ", "verdict", PartVerdicts.Name(part.Verdict));
            Quoted("    ", "points", PointsText.Show(printed.Parts[i].Points));
            Quoted("    ", "max", PointsText.Show(printed.Parts[i].Max));
            Quoted("    ", "your_answer", part.Given);
            Quoted("    ", "correct_answer", part.Expected);
            if (part.Feedback.IsEmpty) continue;
            y.Write("    feedback:\n");
            foreach (var line in part.Feedback)
                if (line.Length > 0) Item("      ", line);
        }

        void Field(string indent, string key, string value)
        {
            y.Write(indent);
            y.Write(key);
            y.Write(": ");
            y.Write(value);
            y.Write('\n');
        }

        void Quoted(string indent, string key, string text)
        {
            y.Write(indent);
            y.Write(key);
            y.Write(": ");
            YamlText.WriteQuoted(y, text);
            y.Write('\n');
        }

        void Item(string indent, string text)
        {
            y.Write(indent);
            y.Write("- ");
            YamlText.WriteQuoted(y, text);
            y.Write('\n');
        }
    }

    public static string Name(PartStatus status) => status switch
    {
        PartStatus.Correct => "correct",
        PartStatus.CarriedForward => "carried-forward",
        PartStatus.Partial => "partial",
        PartStatus.Incorrect => "incorrect",
        PartStatus.FormatError => "format-error",
        _ => "unanswered",
    };
}
