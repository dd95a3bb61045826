using System.Collections.Immutable;
using System.Numerics;
using System.Text;
using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Html;
using DeepExam.Layout;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Exports.Moodle;

/// <summary>
/// One variant as a Moodle question. A one-part exercise becomes the question type of its kind: <c>numerical</c> for a number,
/// <c>multichoice</c> (single or multiple) for a choice, <c>truefalse</c>; a shape, tuple, vector, matrix or tensor, and any
/// exercise of several parts, becomes one Cloze question with a NUMERICAL field per number (laid out as a table) and choice
/// fields. Known mistakes are 0 % answers after the correct one, with the rule's feedback. A variant Moodle cannot express
/// (no tolerance separates its answer from a mistake; a multiple-choice part with no correct option) is skipped, with the reason.
/// Not thread-safe: one per thread.
/// </summary>
public sealed class MoodleQuestionComposer(ExportMath math, ITextMeasurer measurer)
{
    private static readonly bool[] TrueThenFalse = [true, false];

    private readonly MoodleHtml _html = new(math, measurer);

    public (MoodleQuestion? Question, string? Skipped) Compose(VariantSet set, ExportedVariant variant)
    {
        var question = variant.Question;
        var plans = new NumericalPlan?[question.Parts.Length];
        for (var i = 0; i < question.Parts.Length; i++)
        {
            var part = question.Parts[i];
            var kind = ExportKinds.Of(part.Part.Kind);
            switch (kind.Form)
            {
                case ExportAnswerForm.Number or ExportAnswerForm.NumberTable:
                    var plan = NumericalPlanner.Plan(part.Part.Template, kind.ToleratesExactValues, NumericalCells.Of(part.Part));
                    if (!plan.Exportable) return (null, $"part ({part.Part.Id}): {plan.Failure}");
                    plans[i] = plan;
                    break;
                case ExportAnswerForm.MultipleChoice:
                    var correct = part.Options.Count(o => o.Correct);
                    if (correct == 0) return (null, $"part ({part.Part.Id}): no option is correct, and a Moodle multiple-choice question needs one");
                    if (!MoodleFraction.HasShare(correct)) return (null, $"part ({part.Part.Id}): {correct} correct options, and 1/{correct} of the grade is not one of Moodle's grades");
                    break;
            }
        }

        var name = $"{set.Template.Title} ({variant.Label})";
        var id = $"{set.ExerciseId}/{variant.Label}";
        var feedback = GeneralFeedback(question);
        var only = question.Parts.Length == 1 ? question.Parts[0] : null;
        var form = only is null ? (ExportAnswerForm?)null : ExportKinds.Of(only.Part.Kind).Form;
        MoodleQuestion Standalone(string type, ImmutableArray<MoodleAnswer> answers, bool single = true) =>
            new(type, name, id, _html.Begin().Blocks(question.Statement).Blocks(only!.Prompt).Raw(Hint(only, plans[0])).Build(), feedback, set.Points, answers, single);
        return form switch
        {
            ExportAnswerForm.Number => (Standalone("numerical", NumericalAnswers(only!, plans[0]!.Fields[0])), null),
            ExportAnswerForm.SingleChoice => (Standalone("multichoice", ChoiceAnswers(only!, multiple: false)), null),
            ExportAnswerForm.MultipleChoice => (Standalone("multichoice", ChoiceAnswers(only!, multiple: true), single: false), null),
            ExportAnswerForm.TrueFalse => (Standalone("truefalse", TrueFalseAnswers(only!)), null),
            _ => (new MoodleQuestion("cloze", name, id, ClozeQuestionText(question, plans), feedback, set.Points, []), null),
        };
    }

    private ImmutableArray<MoodleAnswer> NumericalAnswers(PartQuestion part, NumericalAnswer field) =>
    [
        new MoodleAnswer("100", ExactDecimal.Text(field.Value), IsHtml: false, "", field.Tolerance),
        .. field.Mistakes.Select(m => new MoodleAnswer("0", ExactDecimal.Text(m.Value), IsHtml: false, MistakeFeedback(part, m.Rule), m.Tolerance)),
    ];

    private ImmutableArray<MoodleAnswer> ChoiceAnswers(PartQuestion part, bool multiple)
    {
        var correct = part.Options.Count(o => o.Correct);
        return [.. part.Options.Select(o => new MoodleAnswer(
            Percent(o.Correct, multiple, correct), _html.Inline(o.Text), IsHtml: true, o.Correct ? "" : ChoiceFeedback(part, new StringValue(o.Letter))))];
    }

    private ImmutableArray<MoodleAnswer> TrueFalseAnswers(PartQuestion part)
    {
        var truth = ((BoolValue)part.Part.Answer).Value;
        return [.. TrueThenFalse.Select(value => new MoodleAnswer(
            value == truth ? "100" : "0", value ? "true" : "false", IsHtml: false, value == truth ? "" : ChoiceFeedback(part, new BoolValue(value))))];
    }

    private static string Percent(bool correct, bool multiple, int correctCount) =>
        !multiple ? correct ? "100" : "0" : MoodleFraction.Percent(new Rational(correct ? 1 : -1, correctCount));

    /// <summary>The feedback of the first applicable mistake rule whose value is this option (a letter, or true or false).</summary>
    private string ChoiceFeedback(PartQuestion part, Value option)
    {
        for (var i = 0; i < part.Part.MistakeAnswers.Length; i++)
            if (part.Part.MistakeApplies(i) && Equals(part.Part.MistakeAnswers[i], option)) return MistakeFeedback(part, i);
        return "";
    }

    private string MistakeFeedback(PartQuestion part, int rule) => _html.Inline(part.MistakeFeedback[rule]);

    /// <summary>The number hint (<see cref="NumberHint"/>) as an emphasised paragraph, or nothing.</summary>
    private static string Hint(PartQuestion part, NumericalPlan? plan) =>
        NumberHint.Of(part, plan) is { } hint ? $"<p><em>{HtmlEscape.Text(hint)}</em></p>\n" : "";

    private MoodleText ClozeQuestionText(VariantQuestion question, NumericalPlan?[] plans)
    {
        var weights = Weights(question, plans);
        var next = 0;
        var field = _html.Begin().Blocks(question.Statement);
        for (var i = 0; i < question.Parts.Length; i++)
        {
            var part = question.Parts[i];
            field.Raw("<div class=\"part\">\n");
            if (question.Parts.Length > 1)
                field.Raw($"<p><strong>({HtmlEscape.Text(part.Part.Id)})</strong> <em>{ExamDocument.PointsText(part.Part.Points)}</em></p>\n");
            field.Blocks(part.Prompt).Raw(Hint(part, plans[i]));
            switch (ExportKinds.Of(part.Part.Kind).Form)
            {
                case ExportAnswerForm.Number:
                    field.Raw("<p>" + Numerical(part, plans[i]!.Fields[0], weights[next++]) + "</p>\n");
                    break;
                case ExportAnswerForm.NumberTable:
                    var plan = plans[i]!;
                    var fields = plan.Fields.Select(f => Numerical(part, f, weights[next++])).ToList();
                    field.Raw(Table(part, fields));
                    break;
                case ExportAnswerForm.SingleChoice:
                    field.Raw("<div>" + Choice(part, "MULTICHOICE_VS", multiple: false, weights[next++]) + "</div>\n");
                    break;
                case ExportAnswerForm.MultipleChoice:
                    field.Raw("<div>" + Choice(part, "MULTIRESPONSE_S", multiple: true, weights[next++]) + "</div>\n");
                    break;
                case ExportAnswerForm.TrueFalse:
                    var truth = ((BoolValue)part.Part.Answer).Value;
                    field.Raw("<p>" + ClozeText.Choice(weights[next++], "MULTICHOICE_S", TrueThenFalse.Select(v =>
                        (v == truth ? "100" : "0", v ? "true" : "false", v == truth ? "" : ChoiceFeedback(part, new BoolValue(v))))) + "</p>\n");
                    break;
            }
            field.Raw("</div>\n");
        }
        return field.Build();
    }

    private string Numerical(PartQuestion part, NumericalAnswer answer, int weight) =>
        ClozeText.Numerical(weight, answer, rule => MistakeFeedback(part, rule));

    private string Choice(PartQuestion part, string type, bool multiple, int weight)
    {
        var correct = part.Options.Count(o => o.Correct);
        return ClozeText.Choice(weight, type, part.Options.Select(o =>
            (Percent(o.Correct, multiple, correct), _html.Inline(o.Text), o.Correct ? "" : ChoiceFeedback(part, new StringValue(o.Letter)))));
    }

    /// <summary>
    /// The entries' fields as a table: one row for a shape, tuple or vector (headed by the part's component names when it
    /// has them), rows and columns for a matrix, and a matrix per leading index for a tensor of higher rank.
    /// </summary>
    private static string Table(PartQuestion part, List<string> fields)
    {
        var shape = NumericalCells.Shape(part.Part.Answer);
        var html = new StringBuilder();
        if (shape.Length == 1)
        {
            html.Append("<table class=\"answer\">\n");
            var order = part.Part.Template.Order;
            if (order.Length == fields.Count)
                html.Append("<tr>").Append(string.Concat(order.Select(o => $"<th>{HtmlEscape.Text(o)}</th>"))).Append("</tr>\n");
            html.Append("<tr>").Append(string.Concat(fields.Select(f => $"<td>{f}</td>"))).Append("</tr>\n</table>\n");
            return html.ToString();
        }
        int rows = shape[^2], columns = shape[^1], slice = rows * columns;
        for (var start = 0; start < fields.Count; start += slice)
        {
            if (shape.Length > 2) html.Append("<p>").Append(NumericalCells.SliceName(shape, start / slice)).Append("</p>\n");
            html.Append("<table class=\"answer\">\n");
            for (var r = 0; r < rows; r++)
                html.Append("<tr>").Append(string.Concat(Enumerable.Range(0, columns).Select(c => $"<td>{fields[start + r * columns + c]}</td>"))).Append("</tr>\n");
            html.Append("</table>\n");
        }
        return html.ToString();
    }

    /// <summary>
    /// Cloze weights are integers: each field's share of the exercise (its part's points over the part's fields), scaled by
    /// the least common denominator and divided by the greatest common factor, so the fields weigh exactly as the parts do.
    /// </summary>
    private static List<int> Weights(VariantQuestion question, NumericalPlan?[] plans)
    {
        var shares = new List<Rational>();
        for (var i = 0; i < question.Parts.Length; i++)
        {
            var count = plans[i]?.Fields.Length ?? 1;
            shares.AddRange(Enumerable.Repeat(question.Parts[i].Part.Points / count, count));
        }
        var denominator = shares.Aggregate(BigInteger.One, (l, s) => l / BigInteger.GreatestCommonDivisor(l, s.Denominator) * s.Denominator);
        var scaled = shares.Select(s => (s * denominator).Numerator).ToList();
        var common = scaled.Aggregate(BigInteger.Zero, BigInteger.GreatestCommonDivisor);
        if (common.IsZero) common = BigInteger.One;
        return [.. scaled.Select(s => (int)(s / common))];
    }

    private MoodleText GeneralFeedback(VariantQuestion question)
    {
        var field = _html.Begin();
        foreach (var part in question.Parts)
        {
            var label = question.Parts.Length > 1 ? $"({part.Part.Id}) Answer" : "Answer";
            field.Blocks([Paragraph.Of(new TextRun(label, TextStyle.Strong))]).Blocks(part.Answer);
            if (!part.Solution.IsEmpty) field.Blocks([Paragraph.Of(new TextRun("Solution", TextStyle.Strong))]).Blocks(part.Solution);
            if (!part.Working.IsEmpty) field.Blocks([Paragraph.Of(new TextRun("Working", TextStyle.Strong))]).Blocks(part.Working);
        }
        return field.Build();
    }
}
