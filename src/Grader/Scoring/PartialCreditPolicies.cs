using DeepExam.Answers;
using DeepExam.Grading.Answers;
using DeepExam.Numbers;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// The partial-credit policies the answer kinds share, for an answer that is readable but neither right,
/// carried forward nor a known mistake; each kind's grading handler picks one (<see cref="Kinds.AnswerKindGrading.PartialCredit"/>).
/// </summary>
public static class PartialCreditPolicies
{
    /// <summary>A shape or tuple: half for the right values in the wrong order, else a share for the right values.</summary>
    public static PartGrade ForSequence(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict)
    {
        var correct = $"The correct answer is {PartGrader.ExpectedText(part)}.";
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
    public static PartGrade ForTensor(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict)
    {
        var correct = $"The correct answer is {PartGrader.ExpectedText(part)}.";
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
    public static PartGrade ForChoices(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict)
    {
        var correct = $"The correct answer is {PartGrader.ExpectedText(part)}.";
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
    public static PartGrade None(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict) =>
        verdict(PartStatus.Incorrect, Rational.Zero, null, [$"The correct answer is {PartGrader.ExpectedText(part)}."]);

    /// <summary>Chance-corrected credit for the right values of a same-length shape or tuple (see <see cref="CellCredit"/>).</summary>
    private static CellCredit? Credit(SolvedPart part, ParsedAnswer parsed) =>
        AnswerComparison.Numbers(part.Answer) is { } numbers
            ? AnswerComparison.Cells(part.Answer, parsed, part, MostCommonValue.Of(numbers, part.Template.Tolerance ?? Tolerance.Default))
            : null;
}
