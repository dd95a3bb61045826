using DeepExam.Grading.Answers;
using DeepExam.Numbers;
using DeepExam.Solving;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// What a number written in scientific notation was read as, for a part that accepts decimals to
/// <c>digits</c> places: a student who writes 8.93889e2 cannot otherwise tell whether it was read at
/// all. The lines describe the number, never quote the student's text: feedback is Markdown.
/// </summary>
public static class ScientificNotationHint
{
    /// <summary>The decimal a scientific-notation answer stands for ("893.889"), or null when the hint does not apply.</summary>
    public static string? ReadAs(SolvedPart part, AnswerNode node, ParsedAnswer parsed)
    {
        if (part.Template.Digits is null || node is not AnswerNode.Text t || !NumberText.IsScientific(t.Value)
            || part.Answer is not NumberValue { Number.IsExact: true } || parsed.Value is not NumberValue { Number: var given }) return null;
        return parsed.DecimalPlaces[0] is { } places ? ValueFormatter.PlainDecimal(given.ExactValue, places) : given.ExactValue.ToString();
    }

    /// <summary>Why a wrong scientific-notation answer failed: too few places, or too far from the exact value.</summary>
    public static string? Wrong(SolvedPart part, AnswerNode node, ParsedAnswer parsed)
    {
        if (ReadAs(part, node, parsed) is not { } read) return null;
        var digits = part.Template.Digits!.Value;
        var off = ValueFormatter.ApproximateDecimal((((NumberValue)parsed.Value).Number.ExactValue - ((NumberValue)part.Answer).Number.ExactValue).Abs(), 0);
        var places = parsed.DecimalPlaces[0] ?? 0;
        if (places < digits)
            return $"Your number in scientific notation was read as {read}, which has {Places(places)}; this part asks for {Places(digits)} (it is {off} off the exact value).";
        var half = ValueFormatter.ApproximateDecimal(new Rational(1, 2 * System.Numerics.BigInteger.Pow(10, digits)), 0);
        return $"Your number in scientific notation was read as {read}, which is {off} off the exact value; a rounding to {Places(digits)} is at most {half} off.";
    }

    private static string Places(int n) => n == 1 ? "1 decimal place" : $"{n} decimal places";
}
