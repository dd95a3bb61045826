using System.Text;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Kinds;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Output;

/// <summary>
/// The solved variant of one student as YAML: parameters, derived values and each part's exact
/// answer. The grader does not need it (it recomputes from the secret), but instructors read it.
/// </summary>
public static class AnswerKeyWriter
{
    public static string Write(StudentExam exam)
    {
        var y = new StringBuilder();
        y.Append("# Answer key: exact answers computed by the reference solver.\n");
        y.Append("exam: ").Append(YamlText.Quote(exam.Blueprint.Id)).Append('\n');
        y.Append("student: ").Append(YamlText.Quote(exam.Student.Id)).Append('\n');
        y.Append("name: ").Append(YamlText.Quote(exam.Student.Name)).Append('\n');
        y.Append("check: ").Append(YamlText.Quote(exam.CheckCode)).Append('\n');
        y.Append("total_points: ").Append(PointsFormat.Decimal(exam.TotalPoints)).Append('\n');
        y.Append("exercises:\n");
        foreach (var ex in exam.Exercises)
        {
            y.Append("  - slot: ").Append(ex.Slot).Append('\n');
            y.Append("    exercise: ").Append(YamlText.Quote(ex.Template.Id)).Append('\n');
            y.Append("    title: ").Append(YamlText.Quote(ex.Template.Title)).Append('\n');
            AppendValues(y, "parameters", ex.Variant.Parameters.Select(p => (p.Name, p.Value)));
            AppendValues(y, "derived", ex.Variant.Derived.Select(d => (d.Name, d.Value)));
            y.Append("    parts:\n");
            foreach (var part in ex.Parts)
            {
                y.Append("      - key: ").Append(YamlText.Quote(part.Key)).Append('\n');
                y.Append("        kind: ").Append(AnswerKinds.NameOf(part.Kind)).Append('\n');
                y.Append("        points: ").Append(PointsFormat.Decimal(part.Points)).Append('\n');
                y.Append("        answer: ").Append(YamlText.Flow(part.Answer)).Append('\n');
                if (part.Answer is NumberValue { Number: { IsExact: true, IsInteger: false } n })
                    y.Append("        decimal: ").Append(Decimal(n.ExactValue, part.Template.Digits ?? 0)).Append('\n');
                if (!part.Answer.IsExact)
                    y.Append("        approximate: true\n        tolerance: ").Append(YamlText.Quote((part.Template.Tolerance ?? Tolerance.Default).ToString())).Append('\n');
                AppendMistakesSameAsAnswer(y, part);
                if (part.Options.Length > 0)
                {
                    y.Append("        options:\n");
                    foreach (var o in part.Options)
                        y.Append("          ").Append(o.Letter).Append(": ").Append(YamlText.Quote(o.Text.Trim())).Append(o.Correct ? "  # correct" : "").Append('\n');
                }
            }
        }
        return y.ToString();
    }

    /// <summary>
    /// The answer as a decimal to 6 places, or the part's <c>digits</c> when it asks for more, with at least 4
    /// significant digits; an exact decimal shorter than <c>digits</c> is padded to it (0.250), so the key
    /// always shows a decimal of the form the part accepts.
    /// </summary>
    private static string Decimal(Numbers.Rational value, int digits)
    {
        var text = ValueFormatter.ApproximateDecimal(value, Math.Max(6, digits));
        var dot = text.IndexOf('.');
        return (dot < 0 ? 0 : text.Length - dot - 1) < digits ? ValueFormatter.PlainDecimal(value, digits) : text;
    }

    /// <summary>
    /// Known mistakes that give the right answer in this variant, which happens when pinned values waive a
    /// distinguishing constraint: the grader checks the answer first, so such an answer gets full credit.
    /// </summary>
    private static void AppendMistakesSameAsAnswer(StringBuilder y, SolvedPart part)
    {
        var same = part.Template.Mistakes.Where((_, i) => part.MistakeApplies(i) && ValueOperators.AreEqual(part.Answer, part.MistakeAnswers[i])).ToList();
        if (same.Count == 0) return;
        y.Append("        mistakes_same_as_answer:  # this variant cannot tell them from the answer; they get full credit\n");
        foreach (var mistake in same) y.Append("          - ").Append(YamlText.Quote(mistake.Answer.Source)).Append('\n');
    }

    private static void AppendValues(StringBuilder y, string section, IEnumerable<(string Name, Value Value)> values)
    {
        var list = values.ToList();
        if (list.Count == 0) return;
        y.Append("    ").Append(section).Append(":\n");
        foreach (var (name, value) in list)
            y.Append("      ").Append(name).Append(": ").Append(YamlText.Flow(value)).Append('\n');
    }
}
