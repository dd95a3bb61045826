using System.Text;
using DeepExam.Exams;
using DeepExam.Values;

namespace DeepExam.Output;

/// <summary>
/// The blank answer file a student fills in and hands back: exam, student, check code, and one
/// empty entry per part with a comment giving the part's points and the form its answer takes.
/// Given answers (YAML flow text per part), it writes the sheet as a student hands it back.
/// </summary>
public static class AnswerSheetWriter
{
    public const int FormatVersion = 1;

    public static string Write(StudentExam exam, Func<Solving.SolvedPart, string>? answer = null)
    {
        var y = new StringBuilder();
        var b = exam.Blueprint;
        y.Append("# Answer sheet: ").Append(YamlText.Comment(b.Title)).Append(b.Course.Length > 0 ? " — " + YamlText.Comment(b.Course) : "").Append('\n');
        y.Append("# Student: ").Append(YamlText.Comment(exam.Student.Name)).Append(" (").Append(YamlText.Comment(exam.Student.Id)).Append(")\n");
        y.Append("# Write each answer after its colon, on the same line. Keep the keys and the check code as they are.\n");
        y.Append("# Fractions (11/3), lists ([28, 28, 5]) and nested lists for matrices ([[1, 2], [3, 4]]) are fine.\n");
        y.Append("sheet: ").Append(FormatVersion).Append('\n');
        y.Append("exam: ").Append(YamlText.Quote(b.Id)).Append('\n');
        y.Append("student: ").Append(YamlText.Quote(exam.Student.Id)).Append('\n');
        y.Append("check: ").Append(YamlText.Quote(exam.CheckCode)).Append('\n');
        y.Append("answers:\n");
        foreach (var ex in exam.Exercises)
        {
            y.Append("  # Exercise ").Append(ex.Slot).Append(": ").Append(YamlText.Comment(ex.Template.Title)).Append('\n');
            foreach (var part in ex.Parts)
            {
                y.Append("  # ").Append(part.Key).Append(" (").Append(YamlText.Flow(Value.Of(part.Points)).Trim('"'))
                 .Append(part.Points == Numbers.Rational.One ? " point" : " points").Append("): ")
                 .Append(YamlText.Comment(AnswerText.ExpectedForm(part))).Append('\n');
                var given = answer?.Invoke(part) ?? "";
                y.Append("  ").Append(YamlText.Quote(part.Key)).Append(':').Append(given.Length > 0 ? " " + given : "").Append('\n');
            }
        }
        return y.ToString();
    }
}
