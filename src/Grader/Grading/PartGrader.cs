using System.Collections.Immutable;
using DeepExam.Grading.Answers;
using DeepExam.Grading.Kinds;
using DeepExam.Numbers;
using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Grading.Grading;

/// <summary>
/// Grades one part: unanswered, unreadable (a format error saying what form was expected), correct
/// (exactly, as an accepted rounding, or within tolerance), correct follow-on from an earlier wrong
/// answer, a known mistake, a recognised pattern, per-cell partial credit beyond what a constant answer gets, or simply wrong.
/// </summary>
public static class PartGrader
{
    /// <param name="mistakeFeedback">The rendered feedback of known mistake i, asked for only when it matches.</param>
    public static (PartGrade Grade, ParsedAnswer? Parsed) Grade(SolvedPart part, AnswerNode node, Func<CarriedForward?> carriedForward, Func<int, string>? mistakeFeedback = null)
    {
        var given = node.Show();
        var expected = ExpectedText(part);
        PartGrade Verdict(PartStatus status, PartVerdict verdict, Rational points, string? matched, params string[] feedback) =>
            new(part.Key, part.Kind, status, points, part.Points, given, expected, [.. feedback], matched, verdict);

        if (node is AnswerNode.Empty)
            return (Verdict(PartStatus.Unanswered, PartVerdict.Unanswered, Rational.Zero, null, "No answer given."), null);

        ParsedAnswer parsed;
        try
        {
            parsed = AnswerParser.Parse(node, part);
        }
        catch (AnswerFormatException e)
        {
            return (Verdict(PartStatus.FormatError, PartVerdict.FormatError, Rational.Zero, null, $"Could not read the answer: {e.Message}. Expected {AnswerText.ExpectedForm(part)}."), null);
        }

        var match = AnswerComparison.Compare(part.Answer, parsed, part);
        if (match != NumberMatch.Result.No)
        {
            var note = match switch
            {
                NumberMatch.Result.Rounded when ScientificNotationHint.ReadAs(part, node, parsed) is { } read =>
                    $"Accepted as a rounding of the exact value {expected}: your number in scientific notation was read as {read}.",
                NumberMatch.Result.Rounded => $"Accepted as a rounding of the exact value {expected}.",
                _ => null,
            };
            var verdict = match switch
            {
                NumberMatch.Result.Rounded => PartVerdict.Rounded,
                NumberMatch.Result.Within => PartVerdict.WithinTolerance,
                _ => PartVerdict.Correct,
            };
            return (note is null ? Verdict(PartStatus.Correct, verdict, part.Points, null) : Verdict(PartStatus.Correct, verdict, part.Points, null, note), parsed);
        }

        if (carriedForward() is { } follow && AnswerComparison.Compare(follow.Expected, parsed, part) != NumberMatch.Result.No)
            return (Verdict(PartStatus.CarriedForward, PartVerdict.CarriedForward, part.Points * part.Template.CarriedForward, "carried forward",
                $"Wrong, but it follows correctly from your answer {follow.From} (error carried forward). The correct answer is {expected}."), parsed);

        for (var i = 0; i < part.MistakeAnswers.Length; i++)
        {
            if (!part.MistakeApplies(i)) continue;
            var mistake = Normalized(part, part.MistakeAnswers[i]);
            if (mistake is not null && AnswerComparison.Compare(mistake, parsed, part) != NumberMatch.Result.No)
                return (Verdict(PartStatus.Incorrect, PartVerdict.KnownMistake, Rational.Zero, part.Template.Mistakes[i].Answer.Source,
                    (mistakeFeedback?.Invoke(i) ?? part.MistakeFeedback[i]).Trim(), $"The correct answer is {expected}."), parsed);
        }

        if (ScientificNotationHint.Wrong(part, node, parsed) is { } hint)
            return (Verdict(PartStatus.Incorrect, PartVerdict.Wrong, Rational.Zero, null, hint, $"The correct answer is {expected}."), parsed);

        // What the kind's partial credit recognised decides the verdict: a named pattern, some cells right, or nothing.
        return (AnswerKindGradings.Of(part.Kind).PartialCredit(part, parsed, (status, points, matched, feedback) => Verdict(status,
            matched is not null ? PartVerdict.Pattern : status == PartStatus.Partial ? PartVerdict.PartlyRight : PartVerdict.Wrong,
            points, matched, feedback)), parsed);
    }

    // The partial-credit policies the kinds share; each kind's grading handler picks its policy.

    /// <summary>A shape or tuple: half for the right values in the wrong order, else a share for the right values.</summary>
    internal static PartGrade SequenceCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict)
    {
        var correct = $"The correct answer is {ExpectedText(part)}.";
        var e = ((ListValue)part.Answer).Items.Select(i => i.ToString()).ToList();
        var g = ((ListValue)parsed.Value).Items.Select(i => i.ToString()).ToList();
        if (e.Count == g.Count && e.Order(StringComparer.Ordinal).SequenceEqual(g.Order(StringComparer.Ordinal)))
        {
            var order = part.Template.Order.Length > 0 ? $" [{string.Join(", ", part.Template.Order)}]" : "";
            return verdict(PartStatus.Partial, part.Points / 2, "permutation",
                [$"The right values in the wrong order: this part expects the order{order}.", correct]);
        }
        if (e.Count != g.Count)
            return verdict(PartStatus.Incorrect, Rational.Zero, null, [$"Expected {e.Count} values, got {g.Count}.", correct]);
        if (Credit(part, parsed) is not { } credit || credit.Right == 0)
            return verdict(PartStatus.Incorrect, Rational.Zero, null, [correct]);
        return credit.Share.Sign > 0
            ? verdict(PartStatus.Partial, part.Points * credit.Share, null, [credit.Explain("value", "values"), correct])
            : verdict(PartStatus.Incorrect, Rational.Zero, null, [credit.Explain("value", "values"), correct]);
    }

    /// <summary>A vector, matrix or tensor: a recognised pattern (transposed, flipped…) and a share for the right entries.</summary>
    internal static PartGrade TensorCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict)
    {
        var correct = $"The correct answer is {ExpectedText(part)}.";
        var e = ((TensorValue)part.Answer).Tensor;
        var g = ((TensorValue)parsed.Value).Tensor;
        var common = MostCommonValue.Of(e.ToArray(), part.Template.Tolerance ?? Tolerance.Default);
        var pattern = TensorPatterns.Recognise(e, g, common, (x, y) => NumberMatch.Compare(x, y.ExactValue, null, part.Template) != NumberMatch.Result.No);
        var lines = new List<string>();
        if (pattern is not null) lines.Add(pattern.Feedback);
        if (!e.SameShape(g))
        {
            if (pattern is null) lines.Add($"Expected shape {Tensor.FormatShape(e.Shape)}, got {Tensor.FormatShape(g.Shape)}.");
            lines.Add(correct);
            return verdict(PartStatus.Incorrect, Rational.Zero, pattern?.Name, [.. lines]);
        }
        var credit = AnswerComparison.Cells(part.Answer, parsed, part, common)!;
        lines.Add(credit.Explain("entry", "entries"));
        lines.Add(correct);
        return credit.Share.Sign > 0
            ? verdict(PartStatus.Partial, part.Points * credit.Share, pattern?.Name, [.. lines])
            : verdict(PartStatus.Incorrect, Rational.Zero, pattern?.Name, [.. lines]);
    }

    /// <summary>Multiple choice: a share by <see cref="MultipleChoiceScoring"/>, naming the letters missed and wrongly chosen.</summary>
    internal static PartGrade ChoicesCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict)
    {
        var correct = $"The correct answer is {ExpectedText(part)}.";
        var correctSet = ((ListValue)part.Answer).Items.Select(i => ((StringValue)i).Value).ToHashSet(StringComparer.Ordinal);
        var picked = ((ListValue)parsed.Value).Items.Select(i => ((StringValue)i).Value).ToHashSet(StringComparer.Ordinal);
        var share = MultipleChoiceScoring.Share(correctSet, picked, part.Options.Length);
        var missed = correctSet.Except(picked).Order(StringComparer.Ordinal).ToList();
        var wrong = picked.Except(correctSet).Order(StringComparer.Ordinal).ToList();
        var detail = string.Join(" ", new[]
        {
            missed.Count > 0 ? $"Missed: {string.Join(", ", missed)}." : "",
            wrong.Count > 0 ? $"Wrongly chosen: {string.Join(", ", wrong)}." : "",
        }.Where(s => s.Length > 0));
        return share.Sign > 0
            ? verdict(PartStatus.Partial, part.Points * share, null, [detail, correct])
            : verdict(PartStatus.Incorrect, Rational.Zero, null, [detail, correct]);
    }

    /// <summary>A single value (a number, a letter, true or false) is right or wrong: no partial credit.</summary>
    internal static PartGrade NoCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) =>
        verdict(PartStatus.Incorrect, Rational.Zero, null, [$"The correct answer is {ExpectedText(part)}."]);

    /// <summary>Chance-corrected credit for the right values of a same-length shape or tuple (see <see cref="CellCredit"/>).</summary>
    private static CellCredit? Credit(SolvedPart part, ParsedAnswer parsed) =>
        AnswerComparison.Numbers(part.Answer) is { } numbers
            ? AnswerComparison.Cells(part.Answer, parsed, part, MostCommonValue.Of(numbers, part.Template.Tolerance ?? Tolerance.Default))
            : null;

    /// <summary>A mistake value in the part's canonical form, or null when it has none (then it cannot match).</summary>
    private static Value? Normalized(SolvedPart part, Value value)
    {
        try { return AnswerShape.Normalize(part.Kind, value); }
        catch (DeepExam.Evaluation.EvaluationException) { return null; }
    }

    /// <summary>
    /// The correct answer as shown to students: exact form, with a decimal beside a fraction to 4 places, or
    /// to the part's <c>digits</c> when it asks for more, and never fewer than 4 significant digits.
    /// </summary>
    public static string ExpectedText(SolvedPart part) => AnswerKindGradings.Of(part.Kind).ExpectedText(part);

    /// <summary>The correct answer as shown to students, for the kinds that show it as it is (<see cref="ExpectedText"/>).</summary>
    internal static string ValueText(SolvedPart part) => part.Answer switch
    {
        NumberValue { Number: { IsExact: true, IsInteger: false } n } => $"{n} (≈ {ValueFormatter.ApproximateDecimal(n.ExactValue, Math.Max(4, part.Template.Digits ?? 0))})",
        NumberValue { Number.IsExact: false } n => ValueFormatter.Approximate(n.Number.ToDouble()),
        _ => AnswerText.Format(part.Answer),
    };
}
