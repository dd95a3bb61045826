using System.Collections.Immutable;
using DeepExam.Grading.Answers;
using DeepExam.Grading.Kinds;
using DeepExam.Numbers;
using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// Grades one part: unanswered, unreadable (a format error saying what form was expected), correct
/// (exactly, as an accepted rounding, or within tolerance), correct follow-on from an earlier wrong
/// answer, a known mistake, a recognised pattern, per-cell partial credit beyond what a constant answer gets, or simply wrong.
/// </summary>
public static class PartGrader
{
    /// <param name="mistakeFeedback">The rendered feedback of known mistake i, asked for only when it matches.</param>
    public static (PartGrade Grade, ParsedAnswer? Parsed) Grade(SolvedPart part, AnswerNode node, Func<CarriedForward?> carriedForward, Func<int, string>? mistakeFeedback = null) =>
        Grade(part, node, _ => carriedForward(), mistakeFeedback is null ? null : (_, i) => mistakeFeedback(i));

    /// <summary>
    /// As above, with callbacks that take the part: a submission's grader makes them once per exercise, not once per
    /// part (three objects a part, tens of megabytes over a class).
    /// </summary>
    public static (PartGrade Grade, ParsedAnswer? Parsed) Grade(SolvedPart part, AnswerNode node, Func<SolvedPart, CarriedForward?> carriedForward, Func<SolvedPart, int, string>? mistakeFeedback)
    {
        var given = node.Show();
        var expected = ExpectedText(part);
        PartGrade Verdict(PartStatus status, PartVerdict verdict, Rational points, string? matched, params string[] feedback) =>
            Graded(part, given, expected, status, verdict, points, matched, feedback);

        if (node is AnswerNode.Empty)
            return (Verdict(PartStatus.Unanswered, PartVerdict.Unanswered, Rational.Zero, null, "No answer given."), null);

        if (AnswerParser.TryParse(node, part, out var error) is not { } parsed)
            return (Verdict(PartStatus.FormatError, PartVerdict.FormatError, Rational.Zero, null, $"Could not read the answer: {error}. Expected {AnswerText.ExpectedForm(part)}."), null);

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

        if (carriedForward(part) is { } follow && AnswerComparison.Compare(follow.Expected, parsed, part) != NumberMatch.Result.No)
            return (Verdict(PartStatus.CarriedForward, PartVerdict.CarriedForward, part.Points * part.Template.CarriedForward, "carried forward",
                $"Wrong, but it follows correctly from your answer {follow.From} (error carried forward). The correct answer is {expected}."), parsed);

        for (var i = 0; i < part.MistakeAnswers.Length; i++)
        {
            if (!part.MistakeApplies(i)) continue;
            var mistake = Normalized(part, part.MistakeAnswers[i]);
            if (mistake is not null && AnswerComparison.Compare(mistake, parsed, part) != NumberMatch.Result.No)
                return (Verdict(PartStatus.Incorrect, PartVerdict.KnownMistake, Rational.Zero, part.Template.Mistakes[i].Answer.Source,
                    (mistakeFeedback?.Invoke(part, i) ?? part.MistakeFeedback[i]).Trim(), $"The correct answer is {expected}."), parsed);
        }

        if (ScientificNotationHint.Wrong(part, node, parsed) is { } hint)
            return (Verdict(PartStatus.Incorrect, PartVerdict.Wrong, Rational.Zero, null, hint, $"The correct answer is {expected}."), parsed);

        return (PartialCredit(part, parsed, given, expected), parsed);
    }

    private static PartGrade Graded(SolvedPart part, string given, string expected, PartStatus status, PartVerdict verdict, Rational points, string? matched, string[] feedback) =>
        new(part.Key, part.Kind, status, points, part.Points, given, expected, [.. feedback], matched, verdict);

    /// <summary>
    /// What the kind's partial credit recognised decides the verdict: a named pattern, some cells right, or nothing.
    /// A method of its own so that the closure its callback needs is made for a wrong answer only, not for every part.
    /// </summary>
    private static PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, string given, string expected) =>
        AnswerKindGradings.Of(part.Kind).PartialCredit(part, parsed, (status, points, matched, feedback) => Graded(part, given, expected, status,
            matched is not null ? PartVerdict.Pattern : status == PartStatus.Partial ? PartVerdict.PartlyRight : PartVerdict.Wrong,
            points, matched, feedback));

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
