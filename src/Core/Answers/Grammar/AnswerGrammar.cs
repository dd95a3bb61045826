using System.Collections.Immutable;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeepExam.Kinds;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Answers.Grammar;

/// <summary>
/// The answer grammar (<see cref="Rules"/>), its JSON for the answer form (<see cref="Json"/>) and the form's
/// generic checker that runs it (<see cref="CheckerScript"/>). docs/grading.md lists what it accepts.
/// </summary>
public static class AnswerGrammar
{
    private const string Blank = BlankCharacters.Class;

    // A decimal with an optional sign: 12, -3.5, .25, 5.
    private const string Mantissa = @"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)";

    // A power of ten as Rational reads one: at most 1000 either way (leading zeros allowed).
    private const string Exponent = @"[+-]?0*(?:1000|[0-9]{1,3})";

    // A denominator holds a digit other than 0 before any exponent: 1/0 and 1/0.00 are not numbers.
    private const string NonZero = @"(?=[+-]?[0-9.]*[1-9])";

    public static readonly AnswerGrammarRules Rules = new(
        Blank: BlankCharacters.All,
        QuoteLimit: 40,
        Number: new NumberGrammar(
            MaxLength: 200,
            Replacements:
            [
                new("\u2212", "-", "the Unicode minus sign"),
                new("\u2013", "-", "an en dash typed for a minus"),
                new("\u2009", " ", "a thin space"),
                new("\u202F", " ", "a narrow no-break space"),
                new("\u00A0", " ", "a no-break space"),
                new(" / ", "/", "a fraction written with spaces around its slash"),
            ],
            Forms:
            [
                new("grouped by commas", "", ",", @"(?<m>[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?)"),
                new("grouped by spaces", "", " ", @"(?<m>[+-]?[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?)"),
                new("times a power of ten", "_", "", $@"(?<m>{Mantissa}){Blank}*[x×*·]{Blank}*10\^\(?(?<e>{Exponent})\)?"),
                new("decimal or fraction", "_", "", $@"(?<m>{Mantissa})(?:[eE](?<e>{Exponent}))?(?:/{NonZero}(?<dm>{Mantissa})(?:[eE](?<de>{Exponent}))?)?"),
            ]),
        List: new ListGrammar(
            Openers: "[(",
            Closers: "])",
            Separator: ',',
            MaxNesting: 8,
            MaxRank: Tensor.MaxRank,
            ShapeSeparator: $"{Blank}*[x×*]{Blank}*",
            RowSeparators: ";\n",
            Example: "[28, 28, 5]"),
        Choice: new ChoiceGrammar(
            Letter: $@"\(?{Blank}*(?<l>[A-Za-z]){Blank}*[).:]?",
            TextTrimEnd: ".",
            LetterRun: "[A-Za-z]+",
            PickSeparators: ",; "),
        TrueFalse: new TrueFalseGrammar(["true", "t", "yes", "y", "1", "correct"], ["false", "f", "no", "n", "0", "incorrect"]),
        Kinds:
        [
            Kind(AnswerKind.Integer, AnswerReader.Number, false, "a whole number"),
            Kind(AnswerKind.Exact, AnswerReader.Number, false, "a number"),
            Kind(AnswerKind.Approximate, AnswerReader.Number, false, "a number"),
            Kind(AnswerKind.Shape, AnswerReader.Sequence, true, "a shape"),
            Kind(AnswerKind.Tuple, AnswerReader.Sequence, false, "a tuple"),
            Kind(AnswerKind.Vector, AnswerReader.Grid, false, "a vector such as [1, -2, 1/2]"),
            Kind(AnswerKind.Matrix, AnswerReader.Grid, false, "a matrix as a list of rows such as [[1, 2], [3, 4]]"),
            Kind(AnswerKind.Tensor, AnswerReader.Grid, false, "nested lists of shape {shape}"),
            Kind(AnswerKind.Choice, AnswerReader.Choice, false, "one letter"),
            Kind(AnswerKind.MultipleChoice, AnswerReader.Choices, false, "a list of letters"),
            Kind(AnswerKind.TrueFalse, AnswerReader.TrueFalse, false, "true or false"),
        ],
        Messages: new GrammarMessages(
            NotANumber: "'{text}' is not a number; write it like 1792, 10,001,000, -3, 11/3 or 0.25",
            DecimalComma: "'{text}' is not a number: a comma in a number groups thousands in threes (10,001,000); a decimal is written with a point ({decimal})",
            ListForANumber: "'{text}' looks like a list of numbers, {list}, but this part asks for one number; a comma in a number groups thousands in threes (10,001,000)",
            ListForANumberNode: "expected a single number (such as 1792, 10,001,000, 11/3 or 0.25), not a list",
            EntryNotANumber: "'{text}' is not a number; write it like 1792, -3, 11/3 or 0.25",
            CommaInEntry: "'{text}' has a comma inside one entry, but in a list commas separate entries",
            CommaInNumberEntry: "'{text}' has a comma inside one entry, but in a list commas separate entries: write {plain} (or group its digits with _)",
            ExpectedSequence: "expected {form} such as {example}",
            WholeSizes: "the sizes of a shape are whole numbers; expected {form} such as {example}",
            TextAfterList: "unexpected '{rest}' after the list",
            NestedTooDeep: "lists are nested more than {depth} deep",
            NotClosed: "a list is not closed with '{close}'",
            ExpectedSeparator: "expected '{separator}' or '{close}' but found '{found}'",
            EmptyEntry: "a list has an empty entry",
            ExpectedGrid: "expected {form}",
            ExpectedGridBecause: "expected {form}: {why}",
            Ragged: "the rows are not all the same length",
            EmptyList: "a list is empty",
            NumberNotList: "a single number is not a list",
            ExpectedLetter: "expected one letter: {letters}",
            NoSuchOption: "there is no option {letter}; choose from {letters}",
            NotAnOption: "'{text}' is not one of the options; answer with a letter: {letters}",
            ExpectedLetters: "expected a list of letters from {letters}",
            ExpectedLettersExample: "expected a list of letters from {letters}, e.g. [A, C]",
            ExpectedTrueFalse: "expected true or false (also T/F, yes/no)",
            WrongLength: "this reads as {given} numbers; the part asks for {expected}",
            WrongShape: "this reads as shape {given}; the part asks for {expected}"));

    private static KindGrammar Kind(AnswerKind kind, AnswerReader reader, bool wholeNumbers, string form) =>
        new(kind, AnswerKinds.NameOf(kind), reader, wholeNumbers, form);

    /// <summary>Each kind's reading, looked up by kind; building the table checks no kind is missing.</summary>
    public static readonly AnswerKindTable<KindGrammar> Kinds = new("the answer grammar", [.. Rules.Kinds]);

    public static KindGrammar Of(AnswerKind kind) => Kinds[kind];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly Lazy<string> LazyJson = new(() => JsonSerializer.Serialize(Rules, JsonOptions));

    /// <summary>
    /// The grammar as compact JSON, what the answer form embeds for its checker. Non-ASCII characters and
    /// &lt;, &gt;, &amp; and quotes are written as \u escapes, so it can stand inside a &lt;script&gt; element.
    /// </summary>
    public static string Json => LazyJson.Value;

    private static readonly Lazy<string> LazyScript = new(() =>
    {
        using var stream = typeof(AnswerGrammar).Assembly.GetManifestResourceStream("DeepExam.Answers.Grammar.answer-check.js")
            ?? throw new InvalidOperationException("the answer checker script is not embedded in DeepExam.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    });

    /// <summary>
    /// The answer form's checker: plain JavaScript that defines <c>DeepExamAnswerCheck</c> with
    /// <c>check(grammar, part, text)</c> and <c>checkEntry(grammar, text)</c>, each returning
    /// <c>{ status: "empty" | "ok" | "format" | "size", message }</c> as the grader would read the text.
    /// </summary>
    public static string CheckerScript => LazyScript.Value;
}
