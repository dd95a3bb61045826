using System.Collections.Immutable;
using System.Xml.Linq;
using DeepExam.Answers;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;
using static DeepExam.Exports.Qti.QtiBody;
using static DeepExam.Exports.Qti.QtiExpressions;

namespace DeepExam.Exports.Qti;

/// <summary>
/// The response processing of an item, part by part in the grader's order: the correct answer earns the part's points
/// (added to SCORE); else the first known mistake the response is shows that mistake's feedback and earns nothing; else the
/// grader's partial credit: for a table, the right entries beyond what an answer repeating one value gets
/// (points × (right − c) / (entries − c)), and half the points for a shape's values in another order; for a multiple
/// choice, (right − wrong picks) / correct options, never below zero. Error carried forward needs the student's earlier
/// answers run through the solver, which QTI cannot do: every part is graded against the correct values only.
/// </summary>
public sealed record QtiResponseRules(ImmutableArray<QtiPart> Parts, ImmutableArray<XElement> Rules, ImmutableArray<(int Part, int Rule)> Mistakes)
{
    private static readonly bool[] TrueThenFalse = [true, false];

    public static QtiResponseRules Of(ImmutableArray<QtiPart> parts)
    {
        var rules = new List<XElement>();
        var mistakes = new List<(int, int)>();
        foreach (var part in parts)
        {
            var shown = new List<int>();
            rules.AddRange(part.Form switch
            {
                ExportAnswerForm.Number => Number(part, shown),
                ExportAnswerForm.NumberTable => Table(part, shown),
                ExportAnswerForm.SingleChoice or ExportAnswerForm.TrueFalse => SingleChoice(part, shown),
                ExportAnswerForm.MultipleChoice => MultipleChoice(part, shown),
                _ => throw new ArgumentOutOfRangeException(nameof(parts), part.Form, "no QTI response processing for this form"),
            });
            mistakes.AddRange(shown.Distinct().Order().Select(rule => (part.Index, rule)));
        }
        return new QtiResponseRules(parts, [.. rules], [.. mistakes]);
    }

    private static XElement Points(QtiPart part) => Add(QtiItemComposer.Score, Float(part.Question.Part.Points));

    private static IEnumerable<XElement> Number(QtiPart part, List<int> shown)
    {
        var field = part.Plan!.Fields[0];
        var branches = new List<(XElement, XElement[])> { (Within(part.Response, part.IntegerResponses, field.Value, field.Tolerance), [Points(part)]) };
        foreach (var mistake in field.Mistakes)
        {
            shown.Add(mistake.Rule);
            branches.Add((Within(part.Response, part.IntegerResponses, mistake.Value, mistake.Tolerance), [Show(part.Mistake(mistake.Rule))]));
        }
        return [Condition(branches)!];
    }

    private static IEnumerable<XElement> Table(QtiPart part, List<int> shown)
    {
        var solved = part.Question.Part;
        var fields = part.Plan!.Fields;
        var cells = NumericalCells.Of(solved);
        var integer = part.IntegerResponses;
        var rules = new List<XElement>();
        // RIGHT counts the right entries: all of them is the correct answer, and the count is what partial credit reads.
        for (var c = 0; c < fields.Length; c++)
            rules.Add(Condition([(Within(part.Cell(c), integer, fields[c].Value, fields[c].Tolerance), [Add(part.Right, Integer(1))])])!);
        var branches = new List<(XElement, XElement[])> { (Element("match", Variable(part.Right), Integer(fields.Length)), [Points(part)]) };

        // A known mistake is a whole answer: every entry at the mistake's value (where it changes the entry) or at the correct one.
        foreach (var rule in cells.SelectMany(c => c.Mistakes.Select(m => m.Rule)).Distinct().Order())
        {
            var tests = new List<XElement>();
            for (var c = 0; c < fields.Length && tests.Count == c; c++)
                if (Interval(cells[c], fields[c], rule) is { } interval) tests.Add(Within(part.Cell(c), integer, interval.Value, interval.Tolerance));
            // An entry whose mistake value has no interval of its own (it could not be written apart) leaves the rule out.
            if (tests.Count < fields.Length) continue;
            shown.Add(rule);
            branches.Add((Element("and", tests), [Show(part.Mistake(rule))]));
        }

        var total = fields.Length;
        if (solved.Kind is AnswerKind.Shape or AnswerKind.Tuple && Permuted(part) is { } permuted)
            branches.Add((permuted, [Add(QtiItemComposer.Score, Float(solved.Points / 2))]));
        var common = MostCommonValue.Of([.. cells.Select(c => c.Expected)], solved.Template.Tolerance ?? Tolerance.Default).Count;
        if (common < total)
            branches.Add((Element("gt", Variable(part.Right), Integer(common)), [Add(QtiItemComposer.Score, Element("product", Float(solved.Points),
                Element("divide", Element("subtract", Variable(part.Right), Integer(common)), Integer(total - common))))]));
        rules.Add(Condition(branches)!);
        return rules;
    }

    /// <summary>
    /// Whether the entries are the right values in another order (the grader's half credit for a shape or tuple). Whole numbers
    /// compare as bags with <c>match</c> on two multiple containers; QTI does not match floats, so other values are checked as
    /// "some other order": each entry within the interval of the value it would take, over every distinct reordering, for up
    /// to <see cref="MostPermutedEntries"/> entries (null beyond: no half credit).
    /// </summary>
    private static XElement? Permuted(QtiPart part)
    {
        var fields = part.Plan!.Fields;
        if (part.IntegerResponses)
            return Element("match", Element("multiple", part.Responses.Select(Variable)), Element("multiple", fields.Select(f => Integer((long)f.Value.Numerator))));
        if (fields.Length > MostPermutedEntries) return null;
        var identity = string.Join(" ", fields.Select(f => f.Value));
        var seen = new HashSet<string>(StringComparer.Ordinal) { identity };
        var orders = new List<XElement>();
        foreach (var order in Permutations([.. Enumerable.Range(0, fields.Length)]))
        {
            if (!seen.Add(string.Join(" ", order.Select(i => fields[i].Value)))) continue;
            orders.Add(Element("and", order.Select((from, at) => Within(part.Cell(at), false, fields[from].Value, fields[from].Tolerance))));
        }
        return orders.Count switch { 0 => null, 1 => orders[0], _ => Element("or", orders) };
    }

    /// <summary>The most entries of a shape or tuple of non-integers checked for another order: 5 gives at most 119 orders.</summary>
    public const int MostPermutedEntries = 5;

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
            foreach (var rest in Permutations([.. items[..i], .. items[(i + 1)..]]))
                yield return [items[i], .. rest];
    }

    /// <summary>The interval of a field the value of mistake <paramref name="rule"/> falls in at this entry: the correct one where it leaves the entry right, else the first mistake's that holds it.</summary>
    private static (Rational Value, Rational Tolerance)? Interval(NumericalCell cell, NumericalAnswer field, int rule)
    {
        foreach (var (owner, number) in cell.Mistakes)
        {
            if (owner != rule) continue;
            var value = number.IsExact ? number.ExactValue : ExactDecimal.Of(number.ToDouble());
            if ((value - field.Value).Abs() <= field.Tolerance) return (field.Value, field.Tolerance);
            foreach (var m in field.Mistakes)
                if ((value - m.Value).Abs() <= m.Tolerance) return (m.Value, m.Tolerance);
            return null;
        }
        return (field.Value, field.Tolerance);
    }

    private static IEnumerable<XElement> SingleChoice(QtiPart part, List<int> shown)
    {
        var solved = part.Question.Part;
        var options = part.Form == ExportAnswerForm.TrueFalse
            ? TrueThenFalse.Select(v => (Id: v ? "true" : "false", Value: (Value)new BoolValue(v), Correct: v == ((BoolValue)solved.Answer).Value))
            : part.Question.Options.Select(o => (Id: o.Letter, Value: (Value)new StringValue(o.Letter), o.Correct));
        var list = options.ToList();
        var branches = new List<(XElement, XElement[])>();
        foreach (var (id, _, _) in list.Where(o => o.Correct))
            branches.Add((Element("match", Variable(part.Response), Identifier(id)), [Points(part)]));
        foreach (var (id, value, _) in list.Where(o => !o.Correct))
        {
            // The first applicable rule whose value is this option names it, as the grader checks the rules in order.
            var rule = Enumerable.Range(0, solved.MistakeAnswers.Length).Where(i => solved.MistakeApplies(i) && Equals(solved.MistakeAnswers[i], value)).Cast<int?>().FirstOrDefault();
            if (rule is not { } r) continue;
            shown.Add(r);
            branches.Add((Element("match", Variable(part.Response), Identifier(id)), [Show(part.Mistake(r))]));
        }
        return Condition(branches) is { } condition ? [condition] : [];
    }

    private static IEnumerable<XElement> MultipleChoice(QtiPart part, List<int> shown)
    {
        var solved = part.Question.Part;
        var options = part.Question.Options;
        var correct = options.Where(o => o.Correct).Select(o => o.Letter).ToList();
        // Ticking nothing leaves the response empty (NULL in QTI): that is the answer when no option is correct.
        XElement Is(IReadOnlyCollection<string> letters) => letters.Count == 0
            ? Element("isNull", Variable(part.Response))
            : Element("match", Variable(part.Response), Element("multiple", letters.Select(Identifier)));
        var branches = new List<(XElement, XElement[])> { (Is(correct), [Points(part)]) };
        var seen = new List<string> { Key(correct) };
        for (var i = 0; i < solved.MistakeAnswers.Length; i++)
        {
            if (!solved.MistakeApplies(i) || Letters(solved, solved.MistakeAnswers[i]) is not { } letters || seen.Contains(Key(letters))) continue;
            seen.Add(Key(letters));
            shown.Add(i);
            branches.Add((Is(letters), [Show(part.Mistake(i))]));
        }
        // Otherwise: +1 for each correct option ticked, −1 for each wrong one, and the grader's share of the points.
        var n = options.Length;
        var tally = options.Select(o => Condition([(Element("member", Identifier(o.Letter), Variable(part.Response)), [Add(part.Picks, Integer(o.Correct ? 1 : -1))])])!).ToList();
        tally.Add(correct.Count > 0
            ? Condition([(Element("gt", Variable(part.Picks), Integer(0)),
                [Add(QtiItemComposer.Score, Element("product", Float(solved.Points), Element("divide", Variable(part.Picks), Integer(correct.Count))))])])!
            : Condition([(Element("gt", Variable(part.Picks), Integer(-n)),
                [Add(QtiItemComposer.Score, Element("product", Float(solved.Points), Element("divide", Element("sum", Variable(part.Picks), Integer(n)), Integer(n))))])])!);
        return [Condition(branches, [.. tally])!];
    }

    /// <summary>A mistake's value as a set of option letters, in the part's form; null when it is no such set.</summary>
    private static List<string>? Letters(SolvedPart part, Value mistake)
    {
        Value normalized;
        try { normalized = AnswerShape.Normalize(part.Kind, mistake); }
        catch (EvaluationException) { return null; }
        if (normalized is not ListValue list || !list.Items.All(i => i is StringValue)) return null;
        var letters = list.Items.Select(i => ((StringValue)i).Value).Distinct().Order(StringComparer.Ordinal).ToList();
        return letters.All(l => part.Options.Any(o => o.Letter == l)) ? letters : null;
    }

    private static string Key(IEnumerable<string> letters) => string.Join(",", letters.Order(StringComparer.Ordinal));
}
