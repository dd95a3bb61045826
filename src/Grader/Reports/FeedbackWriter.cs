using System.Text;
using DeepExam.Grading.Grading;
using DeepExam.Output;

namespace DeepExam.Grading.Reports;

/// <summary>feedback/&lt;student&gt;.yaml: every part with the answer given, the correct answer, the points and the feedback.</summary>
public static class FeedbackWriter
{
    public static string Write(StudentGrade grade, string examId)
    {
        var y = new StringBuilder();
        y.Append("# Feedback on your answers, part by part.\n");
        y.Append("exam: ").Append(YamlText.Quote(examId)).Append('\n');
        y.Append("student: ").Append(YamlText.Quote(grade.Student.Id)).Append('\n');
        y.Append("name: ").Append(YamlText.Quote(grade.Student.Name)).Append('\n');
        y.Append("status: ").Append(SubmissionStatuses.Name(grade.Status)).Append('\n');
        y.Append("total: ").Append(YamlText.Quote(PointsText.Show(grade.Total))).Append('\n');
        y.Append("max: ").Append(YamlText.Quote(PointsText.Show(grade.Max))).Append('\n');
        y.Append("percent: ").Append(PointsText.Percent(grade.Total, grade.Max)).Append('\n');
        if (!grade.Notes.IsEmpty)
        {
            y.Append("notes:\n");
            foreach (var note in grade.Notes) y.Append("  - ").Append(YamlText.Quote(note)).Append('\n');
        }
        y.Append("parts:\n");
        foreach (var part in grade.Parts)
        {
            y.Append("  - part: ").Append(YamlText.Quote(part.Key)).Append('\n');
            y.Append("    result: ").Append(Name(part.Status)).Append('\n');
            y.Append("    verdict: ").Append(PartVerdicts.Name(part.Verdict)).Append('\n');
            y.Append("    points: ").Append(YamlText.Quote(PointsText.Show(part.Points))).Append('\n');
            y.Append("    max: ").Append(YamlText.Quote(PointsText.Show(part.MaxPoints))).Append('\n');
            y.Append("    your_answer: ").Append(YamlText.Quote(part.Given)).Append('\n');
            y.Append("    correct_answer: ").Append(YamlText.Quote(part.Expected)).Append('\n');
            if (!part.Feedback.IsEmpty)
            {
                y.Append("    feedback:\n");
                foreach (var line in part.Feedback.Where(l => l.Length > 0)) y.Append("      - ").Append(YamlText.Quote(line)).Append('\n');
            }
        }
        return y.ToString();
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
