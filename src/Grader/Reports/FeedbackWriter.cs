using DeepExam.Grading.Grading;
using DeepExam.Output;

namespace DeepExam.Grading.Reports;

/// <summary>feedback/&lt;student&gt;.yaml: every part with the answer given, the correct answer, the points and the feedback.</summary>
public static class FeedbackWriter
{
    public static string Write(StudentGrade grade, string examId)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(grade, examId, text);
        return text.ToString();
    }

    /// <summary>Writes straight to the file: one is written per student, and a class has thousands.</summary>
    public static void Write(StudentGrade grade, string examId, TextWriter y)
    {
        y.Write("# Feedback on your answers, part by part.\n");
        Field("", "exam", YamlText.Quote(examId));
        Field("", "student", YamlText.Quote(grade.Student.Id));
        Field("", "name", YamlText.Quote(grade.Student.Name));
        Field("", "status", SubmissionStatuses.Name(grade.Status));
        Field("", "total", YamlText.Quote(PointsText.Show(grade.Total)));
        Field("", "max", YamlText.Quote(PointsText.Show(grade.Max)));
        Field("", "percent", PointsText.Percent(grade.Total, grade.Max));
        if (!grade.Notes.IsEmpty)
        {
            y.Write("notes:\n");
            foreach (var note in grade.Notes) Item("  ", YamlText.Quote(note));
        }
        y.Write("parts:\n");
        foreach (var part in grade.Parts)
        {
            Field("  - ", "part", YamlText.Quote(part.Key));
            Field("    ", "result", Name(part.Status));
            Field("    ", "verdict", PartVerdicts.Name(part.Verdict));
            Field("    ", "points", YamlText.Quote(PointsText.Show(part.Points)));
            Field("    ", "max", YamlText.Quote(PointsText.Show(part.MaxPoints)));
            Field("    ", "your_answer", YamlText.Quote(part.Given));
            Field("    ", "correct_answer", YamlText.Quote(part.Expected));
            if (part.Feedback.IsEmpty) continue;
            y.Write("    feedback:\n");
            foreach (var line in part.Feedback)
                if (line.Length > 0) Item("      ", YamlText.Quote(line));
        }

        void Field(string indent, string key, string value)
        {
            y.Write(indent);
            y.Write(key);
            y.Write(": ");
            y.Write(value);
            y.Write('\n');
        }

        void Item(string indent, string value)
        {
            y.Write(indent);
            y.Write("- ");
            y.Write(value);
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
