using DeepExam.Answers.Grammar;
using DeepExam.Numbers;
using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Grading.Answers;

/// <summary>
/// Reads a student's answer as the kind its part expects, by the answer grammar (<see cref="AnswerGrammar"/>):
/// grouped digits, fractions, "28x28x5", rows of text, letters or option text, yes/no. An answer
/// that cannot be read gets a format error saying which form was expected (<see cref="TryParse"/> returns
/// it, <see cref="Parse"/> throws it as <see cref="AnswerFormatException"/>), so a format error is never
/// confused with a wrong value. The answer form's checker runs the same
/// grammar in JavaScript, reader for reader (answer-check.js).
/// </summary>
public static class AnswerParser
{
    private static AnswerGrammarRules Grammar => AnswerGrammar.Rules;

    private static GrammarMessages Messages => AnswerGrammar.Rules.Messages;

    public static ParsedAnswer Parse(AnswerNode node, SolvedPart part) =>
        TryParse(node, part, out var error) ?? throw new AnswerFormatException(error!);

    /// <summary>
    /// The answer read, or null with the format error's message. The readers return their error instead of
    /// throwing it (a batch of 10,000 sheets has thousands: "not sure" where a number, a letter or true/false
    /// belongs); only text that starts like a nested list and is malformed (<see cref="NestedListText"/>) still throws, caught here.
    /// </summary>
    public static ParsedAnswer? TryParse(AnswerNode node, SolvedPart part, out string? error)
    {
        error = null;
        if (node is AnswerNode.Unreadable u)
        {
            error = u.Why;
            return null;
        }
        try
        {
            return AnswerGrammar.Of(part.Kind).Reader switch
            {
                AnswerReader.Number => Scalar(node, out error),
                AnswerReader.Sequence => Sequence(node, part, out error),
                AnswerReader.Grid => TensorAnswer(node, part, out error),
                AnswerReader.Choice => Choice(node, part, out error),
                AnswerReader.Choices => Multiple(node, part, out error),
                AnswerReader.TrueFalse => TrueFalse(node, out error),
                var reader => throw new ArgumentOutOfRangeException(nameof(part), reader, "no reader of that name"),
            };
        }
        catch (AnswerFormatException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static string Message(string template, params (string Name, string Value)[] values) => GrammarMessages.Fill(template, values);

    // The readers below are the grammar's (AnswerReader); the grammar's kind table picks a part's reader.

    /// <summary>One number.</summary>
    internal static ParsedAnswer? Scalar(AnswerNode node, out string? error)
    {
        error = null;
        if (node is not AnswerNode.Text t) error = Message(Messages.ListForANumberNode);
        else if (NumberText.TryParse(t.Value, out var value, out var places)) return new ParsedAnswer(Value.Of(value), [places]);
        else error = NotOneNumber(t.Value);
        return null;
    }

    /// <summary>
    /// Why text with commas is not one number: "1,5" is a decimal comma (or a typo), "28,28,3" a list
    /// written for a part that asks for one number. Anything else gets the usual examples.
    /// </summary>
    private static string NotOneNumber(string text)
    {
        var pieces = NumberText.Normalize(text).Split(Grammar.List.Separator).Select(BlankCharacters.Trim).ToArray();
        if (pieces.Length < 2 || !pieces.All(p => NumberText.TryParse(p, out _, out _)))
            return Message(Messages.NotANumber, ("text", GrammarText.Quote(text)));
        if (pieces.Length == 2 && pieces.All(p => p.Length > 0 && p.All(char.IsAsciiDigit)))
            return Message(Messages.DecimalComma, ("text", GrammarText.Quote(text)), ("decimal", $"{pieces[0]}.{pieces[1]}"));
        return Message(Messages.ListForANumber, ("text", GrammarText.Quote(text)), ("list", GrammarText.Quote($"[{string.Join(", ", pieces)}]")));
    }

    /// <summary>One entry of a shape, tuple, vector, matrix or tensor. Commas separate entries there, so an entry has none.</summary>
    internal static (Rational Value, int? Places) Entry(string text) =>
        TryEntry(text, out var value, out var places, out var error) ? (value, places) : throw new AnswerFormatException(error!);

    private static bool TryEntry(string text, out Rational value, out int? places, out string? error)
    {
        error = null;
        var separator = Grammar.List.Separator;
        if (text.Contains(separator, StringComparison.Ordinal))
        {
            (value, places) = (Rational.Zero, null);
            error = NumberText.TryParse(text, out _, out _)
                ? Message(Messages.CommaInNumberEntry, ("text", GrammarText.Quote(text)), ("plain", GrammarText.Quote(text.Replace($"{separator}", "", StringComparison.Ordinal))))
                : Message(Messages.CommaInEntry, ("text", GrammarText.Quote(text)));
            return false;
        }
        if (NumberText.TryParse(text, out value, out places)) return true;
        error = Message(Messages.EntryNotANumber, ("text", GrammarText.Quote(text)));
        return false;
    }

    /// <summary>A list of numbers such as a shape or a tuple, named in errors by the kind's form ("a shape").</summary>
    internal static ParsedAnswer? Sequence(AnswerNode node, SolvedPart part, out string? error)
    {
        error = null;
        var kind = AnswerGrammar.Of(part.Kind);
        var example = part.Template.Order.Length > 0 ? $"[{string.Join(", ", part.Template.Order)}]" : Grammar.List.Example;
        if (node is AnswerNode.Text t)
        {
            var text = NumberText.Normalize(t.Value);
            if (NestedListText.LooksNested(text)) node = NestedListText.Parse(text);
            else if (GrammarRegex.ShapeSeparator.IsMatch(text) && !text.Contains(Grammar.List.Separator, StringComparison.Ordinal))
                node = new AnswerNode.List([.. GrammarRegex.ShapeSeparator.Split(text).Select(c => (AnswerNode)new AnswerNode.Text(c, false))]);
            else node = NestedListText.Row(text);
        }
        if (node is not AnswerNode.List list || list.Items.Any(i => i is not AnswerNode.Text))
        {
            error = Message(Messages.ExpectedSequence, ("form", kind.Form), ("example", example));
            return null;
        }
        var numbers = new List<(Rational Value, int? Places)>(list.Items.Length);
        foreach (var item in list.Items)
        {
            if (!TryEntry(((AnswerNode.Text)item).Value, out var value, out var places, out error)) return null;
            numbers.Add((value, places));
        }
        if (kind.WholeNumbers && numbers.Any(n => !n.Value.IsInteger))
        {
            error = Message(Messages.WholeSizes, ("form", kind.Form), ("example", example));
            return null;
        }
        return new ParsedAnswer(Value.List(numbers.Select(n => Value.Of(n.Value))), [.. numbers.Select(n => n.Places)]);
    }

    /// <summary>Nested lists of numbers, or rows of text; the kind's form (of the part's shape) is named in errors.</summary>
    internal static ParsedAnswer? TensorAnswer(AnswerNode node, SolvedPart part, out string? error)
    {
        var expected = ((TensorValue)part.Answer).Tensor;
        if (node is AnswerNode.Text t)
        {
            var text = NumberText.Normalize(t.Value);
            node = NestedListText.LooksNested(text) ? NestedListText.Parse(text)
                : expected.Rank == 1 ? NestedListText.Row(text)
                : NestedListText.Rows(text);
        }
        // Sized for an answer of the expected shape, the usual case (a different size is read all the same).
        var shape = new List<int>(expected.Rank);
        var cells = new List<Number>(expected.Count);
        var places = new List<int?>(expected.Count);
        if (Flatten(node, 0) is { } why)
        {
            error = Message(Messages.ExpectedGridBecause, ("form", Form()), ("why", why));
            return null;
        }
        error = null;
        if (shape.Count == 0)
        {
            error = Message(Messages.ExpectedGrid, ("form", Form()));
            return null;
        }
        return new ParsedAnswer(Value.Of(Tensor.Create(shape, [.. cells])), places);

        // Only an error names the form: a grid read without one does not spell it out.
        string Form() => GrammarMessages.Fill(AnswerGrammar.Of(part.Kind).Form, ("shape", Tensor.FormatShape(expected.Shape)));

        // Null when the node is read, or why it is not.
        string? Flatten(AnswerNode n, int depth)
        {
            switch (n)
            {
                case AnswerNode.Text cell when depth > 0:
                    if (shape.Count != depth) return Message(Messages.Ragged);
                    if (!TryEntry(cell.Value, out var v, out var p, out var entryError)) return entryError;
                    cells.Add(v);
                    places.Add(p);
                    return null;
                case AnswerNode.List when depth >= Grammar.List.MaxRank:
                    return Message(Messages.NestedTooDeep, ("depth", $"{Grammar.List.MaxRank}"));
                case AnswerNode.List l when l.Items.Length > 0:
                    if (shape.Count == depth && cells.Count == 0) shape.Add(l.Items.Length);
                    else if (shape.Count <= depth || shape[depth] != l.Items.Length) return Message(Messages.Ragged);
                    foreach (var item in l.Items)
                        if (Flatten(item, depth + 1) is { } why) return why;
                    return null;
                case AnswerNode.List:
                    return Message(Messages.EmptyList);
                default:
                    return Message(Messages.NumberNotList);
            }
        }
    }

    /// <summary>One option, by its letter or its text.</summary>
    internal static ParsedAnswer? Choice(AnswerNode node, SolvedPart part, out string? error)
    {
        if (node is not AnswerNode.Text t)
        {
            error = Message(Messages.ExpectedLetter, ("letters", Letters(part)));
            return null;
        }
        return TryOption(t.Value, part, out var letter, out error) ? new ParsedAnswer(Value.Of(letter), []) : null;
    }

    private static bool TryOption(string text, SolvedPart part, out string letter, out string? error)
    {
        (letter, error) = ("", null);
        var trimmed = BlankCharacters.Trim(text);
        if (GrammarRegex.Letter.Match(trimmed) is { Success: true } m)
        {
            var named = m.Groups["l"].Value.ToUpperInvariant();
            if (part.Options.Any(o => o.Letter == named))
            {
                letter = named;
                return true;
            }
            error = Message(Messages.NoSuchOption, ("letter", named), ("letters", Letters(part)));
            return false;
        }
        if (part.Options.FirstOrDefault(o => Canonical(o.Text) == Canonical(trimmed)) is { } byText)
        {
            letter = byText.Letter;
            return true;
        }
        error = Message(Messages.NotAnOption, ("text", GrammarText.Quote(text)), ("letters", Letters(part)));
        return false;
    }

    /// <summary>Any number of options, as a list or a run of letters; the first pick that is not an option is the error.</summary>
    internal static ParsedAnswer? Multiple(AnswerNode node, SolvedPart part, out string? error)
    {
        error = null;
        // A pick that is not text (a list inside the list) is null here.
        List<string?> picks;
        switch (node)
        {
            case AnswerNode.List l:
                picks = [.. l.Items.Select(i => i is AnswerNode.Text t ? t.Value : null)];
                break;
            case AnswerNode.Text t when NestedListText.LooksNested(t.Value):
                if (NestedListText.Parse(t.Value) is not AnswerNode.List nested)
                {
                    error = Message(Messages.ExpectedLetters, ("letters", Letters(part)));
                    return null;
                }
                picks = [.. nested.Items.Select(i => (string?)i.Show())];
                break;
            case AnswerNode.Text t when BlankCharacters.Trim(t.Value) is var run && GrammarRegex.LetterRun.IsMatch(run) && run.Length <= part.Options.Length:
                picks = [.. run.Select(c => (string?)c.ToString())];
                break;
            case AnswerNode.Text t:
                picks = [.. t.Value.Split(Grammar.Choice.PickSeparators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries)];
                break;
            default:
                error = Message(Messages.ExpectedLettersExample, ("letters", Letters(part)));
                return null;
        }
        var letters = new List<string>(picks.Count);
        foreach (var pick in picks)
        {
            if (pick is null)
            {
                error = Message(Messages.ExpectedLetters, ("letters", Letters(part)));
                return null;
            }
            if (!TryOption(pick, part, out var letter, out error)) return null;
            letters.Add(letter);
        }
        return new ParsedAnswer(Value.List(letters.Distinct().Order(StringComparer.Ordinal).Select(Value.Of)), []);
    }

    internal static ParsedAnswer? TrueFalse(AnswerNode node, out string? error)
    {
        var text = node is AnswerNode.Text t ? BlankCharacters.Trim(t.Value).ToLowerInvariant() : "";
        var words = Grammar.TrueFalse;
        bool? value = words.True.Contains(text) ? true : words.False.Contains(text) ? false : null;
        error = value is null ? Message(Messages.ExpectedTrueFalse) : null;
        return value is { } b ? new ParsedAnswer(Value.Of(b), []) : null;
    }

    private static string Letters(SolvedPart part) => string.Join(", ", part.Options.Select(o => o.Letter));

    /// <summary>Option text as compared: lower case, blanks collapsed to one space, the grammar's trailing characters dropped.</summary>
    private static string Canonical(string s) =>
        string.Join(' ', s.ToLowerInvariant().Split(BlankCharacters.All.ToCharArray(), StringSplitOptions.RemoveEmptyEntries)).TrimEnd(Grammar.Choice.TextTrimEnd.ToCharArray());
}
