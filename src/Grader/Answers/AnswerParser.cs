using System.Text.RegularExpressions;
using DeepExam.Grading.Kinds;
using DeepExam.Numbers;
using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Grading.Answers;

/// <summary>
/// Reads a student's answer as the kind its part expects, accepting the forms people write
/// (grouped digits, fractions, "28x28x5", rows of text, letters or option text, yes/no). An answer
/// that cannot be read throws <see cref="AnswerFormatException"/> saying which form was expected,
/// so a format error is never confused with a wrong value.
/// </summary>
public static partial class AnswerParser
{
    public static ParsedAnswer Parse(AnswerNode node, SolvedPart part)
    {
        if (node is AnswerNode.Unreadable u) throw new AnswerFormatException(u.Why);
        return AnswerKindGradings.Of(part.Kind).Parse(node, part);
    }

    // The readers below are the forms the kinds share; each kind's grading handler picks its reader.

    /// <summary>One number.</summary>
    internal static ParsedAnswer Scalar(AnswerNode node)
    {
        if (node is not AnswerNode.Text t)
            throw new AnswerFormatException("expected a single number (such as 1792, 10,001,000, 11/3 or 0.25), not a list");
        if (NumberText.TryParse(t.Value, out var value, out var places)) return new ParsedAnswer(Value.Of(value), [places]);
        throw new AnswerFormatException(NotOneNumber(t.Value));
    }

    /// <summary>
    /// Why text with commas is not one number: "1,5" is a decimal comma (or a typo), "28,28,3" a list
    /// written for a part that asks for one number. Anything else gets the usual examples.
    /// </summary>
    private static string NotOneNumber(string text)
    {
        var pieces = NumberText.Normalize(text).Split(',', StringSplitOptions.TrimEntries);
        if (pieces.Length < 2 || !pieces.All(p => NumberText.TryParse(p, out _, out _)))
            return $"'{Shorten(text)}' is not a number; write it like 1792, 10,001,000, -3, 11/3 or 0.25";
        if (pieces.Length == 2 && pieces.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            return $"'{Shorten(text)}' is not a number: a comma in a number groups thousands in threes (10,001,000); a decimal is written with a point ({pieces[0]}.{pieces[1]})";
        return $"'{Shorten(text)}' looks like a list of numbers, {Shorten($"[{string.Join(", ", pieces)}]")}, but this part asks for one number; a comma in a number groups thousands in threes (10,001,000)";
    }

    /// <summary>One entry of a shape, tuple, vector, matrix or tensor. Commas separate entries there, so an entry has none.</summary>
    private static (Rational, int?) Entry(string text)
    {
        if (text.Contains(','))
            throw new AnswerFormatException(NumberText.TryParse(text, out _, out _)
                ? $"'{Shorten(text)}' has a comma inside one entry, but in a list commas separate entries: write {Shorten(text.Replace(",", ""))} (or group its digits with _)"
                : $"'{Shorten(text)}' has a comma inside one entry, but in a list commas separate entries");
        if (NumberText.TryParse(text, out var value, out var places)) return (value, places);
        throw new AnswerFormatException($"'{Shorten(text)}' is not a number; write it like 1792, -3, 11/3 or 0.25");
    }

    [GeneratedRegex(@"\s*[x×*]\s*")]
    private static partial Regex ShapeSeparator();

    /// <summary>A list of numbers such as a shape or a tuple; <paramref name="what"/> names it in errors ("a shape").</summary>
    internal static ParsedAnswer Sequence(AnswerNode node, SolvedPart part, string what, bool wholeNumbers)
    {
        var example = part.Template.Order.Length > 0 ? $"[{string.Join(", ", part.Template.Order)}]" : "[28, 28, 5]";
        if (node is AnswerNode.Text t)
        {
            var text = NumberText.Normalize(t.Value);
            if (NestedListText.LooksNested(text)) node = NestedListText.Parse(text);
            else if (ShapeSeparator().IsMatch(text) && !text.Contains(',')) node = new AnswerNode.List([.. ShapeSeparator().Split(text).Select(c => (AnswerNode)new AnswerNode.Text(c, false))]);
            else node = NestedListText.Row(text);
        }
        if (node is not AnswerNode.List list || list.Items.Any(i => i is not AnswerNode.Text))
            throw new AnswerFormatException($"expected {what} such as {example}");
        var numbers = list.Items.Select(i => Entry(((AnswerNode.Text)i).Value)).ToList();
        if (wholeNumbers && numbers.Any(n => !n.Item1.IsInteger))
            throw new AnswerFormatException($"the sizes of a shape are whole numbers; expected {what} such as {example}");
        return new ParsedAnswer(Value.List(numbers.Select(n => Value.Of(n.Item1))), [.. numbers.Select(n => n.Item2)]);
    }

    /// <summary>Nested lists of numbers, or rows of text; <paramref name="form"/> is the expected form named in errors.</summary>
    internal static ParsedAnswer TensorAnswer(AnswerNode node, SolvedPart part, string form)
    {
        var expected = ((TensorValue)part.Answer).Tensor;
        if (node is AnswerNode.Text t)
        {
            var text = NumberText.Normalize(t.Value);
            node = NestedListText.LooksNested(text) ? NestedListText.Parse(text)
                : expected.Rank == 1 ? NestedListText.Row(text)
                : NestedListText.Rows(text);
        }
        var shape = new List<int>();
        var cells = new List<Number>();
        var places = new List<int?>();
        try
        {
            Flatten(node, 0);
        }
        catch (AnswerFormatException e)
        {
            throw new AnswerFormatException($"expected {form}: {e.Message}");
        }
        if (shape.Count == 0) throw new AnswerFormatException($"expected {form}");
        if (shape.Count > Tensor.MaxRank) throw new AnswerFormatException($"expected {form}, got lists nested {shape.Count} deep");
        return new ParsedAnswer(Value.Of(Tensor.Create(shape, [.. cells])), places);

        void Flatten(AnswerNode n, int depth)
        {
            switch (n)
            {
                case AnswerNode.Text cell when depth > 0:
                    if (shape.Count != depth) throw new AnswerFormatException("the rows are not all the same length");
                    var (v, p) = Entry(cell.Value);
                    cells.Add(v);
                    places.Add(p);
                    break;
                case AnswerNode.List l when l.Items.Length > 0 && depth < 6:
                    if (shape.Count == depth && cells.Count == 0) shape.Add(l.Items.Length);
                    else if (shape.Count <= depth || shape[depth] != l.Items.Length) throw new AnswerFormatException("the rows are not all the same length");
                    foreach (var item in l.Items) Flatten(item, depth + 1);
                    break;
                case AnswerNode.List:
                    throw new AnswerFormatException("a list is empty");
                default:
                    throw new AnswerFormatException("a single number is not a list");
            }
        }
    }

    [GeneratedRegex(@"^\(?\s*([A-Za-z])\s*[\).:]?$")]
    private static partial Regex Letter();

    /// <summary>One option, by its letter or its text.</summary>
    internal static ParsedAnswer Choice(AnswerNode node, SolvedPart part)
    {
        if (node is not AnswerNode.Text t) throw new AnswerFormatException($"expected one letter: {Letters(part)}");
        return new ParsedAnswer(Value.Of(Option(t.Value, part)), []);
    }

    private static string Option(string text, SolvedPart part)
    {
        var trimmed = text.Trim();
        if (Letter().Match(trimmed) is { Success: true } m)
        {
            var letter = m.Groups[1].Value.ToUpperInvariant();
            if (part.Options.Any(o => o.Letter == letter)) return letter;
            throw new AnswerFormatException($"there is no option {letter}; choose from {Letters(part)}");
        }
        var byText = part.Options.FirstOrDefault(o => Canonical(o.Text) == Canonical(trimmed));
        return byText?.Letter ?? throw new AnswerFormatException($"'{Shorten(text)}' is not one of the options; answer with a letter: {Letters(part)}");
    }

    /// <summary>Any number of options, as a list or a run of letters.</summary>
    internal static ParsedAnswer Multiple(AnswerNode node, SolvedPart part)
    {
        IEnumerable<string> picks = node switch
        {
            AnswerNode.List l => l.Items.Select(i => i is AnswerNode.Text t ? t.Value : throw new AnswerFormatException($"expected a list of letters from {Letters(part)}")),
            AnswerNode.Text t when NestedListText.LooksNested(t.Value) => NestedListText.Parse(t.Value) is AnswerNode.List l
                ? l.Items.Select(i => i.Show()) : throw new AnswerFormatException($"expected a list of letters from {Letters(part)}"),
            AnswerNode.Text t when t.Value.Trim().All(char.IsAsciiLetter) && t.Value.Trim().Length <= part.Options.Length
                => t.Value.Trim().Select(c => c.ToString()),
            AnswerNode.Text t => t.Value.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries),
            _ => throw new AnswerFormatException($"expected a list of letters from {Letters(part)}, e.g. [A, C]"),
        };
        var letters = picks.Select(p => Option(p, part)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ParsedAnswer(Value.List(letters.Select(Value.Of)), []);
    }

    internal static ParsedAnswer TrueFalse(AnswerNode node)
    {
        var text = node is AnswerNode.Text t ? t.Value.Trim().ToLowerInvariant() : "";
        bool? value = text switch
        {
            "true" or "t" or "yes" or "y" or "1" or "correct" => true,
            "false" or "f" or "no" or "n" or "0" or "incorrect" => false,
            _ => null,
        };
        return value is { } b ? new ParsedAnswer(Value.Of(b), []) : throw new AnswerFormatException("expected true or false (also T/F, yes/no)");
    }

    private static string Letters(SolvedPart part) => string.Join(", ", part.Options.Select(o => o.Letter));

    private static string Canonical(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
