using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Exams;
using DeepExam.Layout;
using DeepExam.Values;
using static DeepExam.Exports.Qti.QtiBody;
using static DeepExam.Exports.Qti.QtiExpressions;
using static DeepExam.Exports.Qti.QtiNames;

namespace DeepExam.Exports.Qti;

/// <summary>
/// One variant as a QTI 2.1 assessmentItem: the statement and each part's prompt in the item body, with a text entry per
/// number (a table of them for a shape, tuple, vector, matrix or tensor) and a choice interaction for a choice or true/false
/// part; response processing of its own (<see cref="QtiResponseRules"/>) that adds each part's points to SCORE as the grader
/// would and shows the modal feedback of a known mistake; the solution and worked steps as a modal feedback shown after every
/// attempt. A variant whose numbers no tolerance keeps apart from a known mistake is skipped, as the Moodle export skips it.
/// Not thread-safe: one per thread.
/// </summary>
public sealed class QtiItemComposer(ITextMeasurer measurer)
{
    public const string Score = "SCORE";
    public const string MaxScore = "MAXSCORE";
    public const string Feedback = "FEEDBACK";
    public const string Solution = "SOLUTION";

    private static readonly bool[] TrueThenFalse = [true, false];

    private static readonly XmlWriterSettings Settings = ExportXmlSettings.Indented;

    private readonly QtiBody _body = new(measurer);

    /// <summary>The folder of an exercise's items in the package: <c>items/4-pooling-small-matrix</c>.</summary>
    public static string Folder(VariantSet set) => $"items/{set.Slot}-{QtiNames.Identifier(set.ExerciseId)}";

    public static string ItemIdentifier(VariantSet set, ExportedVariant variant) => QtiNames.Identifier($"item-{set.Slot}-{set.ExerciseId}-{variant.Label}");

    public (QtiItem? Item, string? Skipped) Compose(VariantSet set, ExportedVariant variant)
    {
        var question = variant.Question;
        var parts = ImmutableArray.CreateBuilder<QtiPart>(question.Parts.Length);
        for (var i = 0; i < question.Parts.Length; i++)
        {
            var part = question.Parts[i];
            var kind = ExportKinds.Of(part.Part.Kind);
            NumericalPlan? plan = null;
            if (kind.Form is ExportAnswerForm.Number or ExportAnswerForm.NumberTable)
            {
                plan = NumericalPlanner.Plan(part.Part.Template, kind.ToleratesExactValues, NumericalCells.Of(part.Part));
                if (!plan.Exportable) return (null, $"part ({part.Part.Id}): {plan.Failure}");
            }
            parts.Add(new QtiPart(i + 1, part, kind.Form, plan));
        }

        var folder = Folder(set);
        var figures = new QtiFigureFiles(folder, variant.Label);
        var identifier = ItemIdentifier(set, variant);
        var rules = QtiResponseRules.Of(parts.MoveToImmutable());
        var many = question.Parts.Length > 1;
        var item = Element("assessmentItem",
            new XAttribute(XNamespace.Xmlns + "m", MathML),
            new XAttribute(XNamespace.Xmlns + "xsi", Instance),
            new XAttribute(Instance + "schemaLocation", QtiSchemaLocation),
            new XAttribute("identifier", identifier),
            new XAttribute("title", $"{set.Template.Title} ({variant.Label})"),
            new XAttribute("adaptive", "false"),
            new XAttribute("timeDependent", "false"),
            new XAttribute("toolName", "DeepExam"),
            rules.Parts.SelectMany(ResponseDeclarations),
            Outcome(Score, "float", "single", Rational(0)),
            Outcome(MaxScore, "float", "single", Rational(set.Points)),
            Outcome(Feedback, "identifier", "multiple", null),
            rules.Parts.Where(p => p.Form == ExportAnswerForm.NumberTable).Select(p => Outcome(p.Right, "integer", "single", "0")),
            rules.Parts.Where(p => p.Form == ExportAnswerForm.MultipleChoice).Select(p => Outcome(p.Picks, "integer", "single", "0")),
            Element("itemBody", Blocks(question.Statement, figures), rules.Parts.Select(p => PartBody(p, many, figures))),
            Element("responseProcessing", rules.Rules, Show(Solution)),
            rules.Mistakes.Select(m => MistakeFeedback(rules.Parts[m.Part - 1], m.Rule, many, figures)),
            Element("modalFeedback", new XAttribute("outcomeIdentifier", Feedback), new XAttribute("showHide", "show"), new XAttribute("identifier", Solution),
                new XAttribute("title", "Solution"), SolutionBody(question, figures)));

        var href = $"{folder}/{variant.Label}.xml";
        return (new QtiItem(identifier, href, [new ExportedFile(href, Serialize(item)), .. figures.Files]), null);
    }

    public static byte[] Serialize(XElement root)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings)) new XDocument(root).Save(xml);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string Rational(Numbers.Rational value) => ExactDecimal.Text(value);

    private static XElement Outcome(string identifier, string baseType, string cardinality, string? defaultValue) =>
        Element("outcomeDeclaration", new XAttribute("identifier", identifier), new XAttribute("cardinality", cardinality), new XAttribute("baseType", baseType),
            defaultValue is null ? null : Element("defaultValue", Element("value", defaultValue)));

    private static IEnumerable<XElement> ResponseDeclarations(QtiPart part)
    {
        XElement Declaration(string identifier, string cardinality, string baseType, IEnumerable<string> correct)
        {
            var values = correct.ToList();
            return Element("responseDeclaration", new XAttribute("identifier", identifier), new XAttribute("cardinality", cardinality), new XAttribute("baseType", baseType),
                values.Count > 0 ? Element("correctResponse", values.Select(v => Element("value", v))) : null);
        }
        var options = part.Question.Options;
        return part.Form switch
        {
            ExportAnswerForm.Number or ExportAnswerForm.NumberTable => part.Plan!.Fields.Select((field, c) =>
                Declaration(part.Responses[c], "single", part.IntegerResponses ? "integer" : "float", [ExactDecimal.Text(field.Value)])),
            ExportAnswerForm.SingleChoice => [Declaration(part.Response, "single", "identifier", options.Where(o => o.Correct).Select(o => o.Letter))],
            ExportAnswerForm.MultipleChoice => [Declaration(part.Response, "multiple", "identifier", options.Where(o => o.Correct).Select(o => o.Letter))],
            ExportAnswerForm.TrueFalse => [Declaration(part.Response, "single", "identifier", [((BoolValue)part.Question.Part.Answer).Value ? "true" : "false"])],
            _ => throw new ArgumentOutOfRangeException(nameof(part), part.Form, "no QTI response for this form"),
        };
    }

    private XElement PartBody(QtiPart part, bool many, QtiFigureFiles figures)
    {
        var question = part.Question;
        var hint = NumberHint.Of(question, part.Plan);
        return Element("div", Class("part"),
            many ? Element("p", Element("strong", $"({question.Part.Id})"), " ", Element("em", ExamDocument.PointsText(question.Part.Points))) : null,
            Blocks(question.Prompt, figures),
            hint is null ? null : Element("p", Element("em", hint)),
            Interaction(part, figures));
    }

    private object Interaction(QtiPart part, QtiFigureFiles figures)
    {
        XElement Choice(int maxChoices, IEnumerable<XElement> choices) => Element("choiceInteraction", new XAttribute("responseIdentifier", part.Response),
            new XAttribute("shuffle", "true"), new XAttribute("maxChoices", maxChoices), choices);
        XElement Simple(string identifier, object content) => Element("simpleChoice", new XAttribute("identifier", identifier), content);
        return part.Form switch
        {
            ExportAnswerForm.Number => Element("p", TextEntry(part.Response)),
            ExportAnswerForm.NumberTable => Table(part),
            ExportAnswerForm.SingleChoice => Choice(1, part.Question.Options.Select(o => Simple(o.Letter, Blocks(o.Text, figures)))),
            ExportAnswerForm.MultipleChoice => Choice(0, part.Question.Options.Select(o => Simple(o.Letter, Blocks(o.Text, figures)))),
            ExportAnswerForm.TrueFalse => Choice(1, TrueThenFalse.Select(v => Simple(v ? "true" : "false", v ? "true" : "false"))),
            _ => throw new ArgumentOutOfRangeException(nameof(part), part.Form, "no QTI interaction for this form"),
        };
    }

    private static XElement TextEntry(string response) => Element("textEntryInteraction", new XAttribute("responseIdentifier", response));

    /// <summary>
    /// The entries' text entries as a table, laid out as the Moodle export lays out its fields: one row for a shape, tuple or
    /// vector (headed by the part's component names when it has them), rows and columns for a matrix, a matrix per leading
    /// index for a tensor of higher rank.
    /// </summary>
    private static object Table(QtiPart part)
    {
        var shape = NumericalCells.Shape(part.Question.Part.Answer);
        var cells = part.Responses;
        if (shape.Length == 1)
        {
            var order = part.Question.Part.Template.Order;
            return Element("table", Class("answer"),
                order.Length == cells.Length ? Element("thead", Element("tr", order.Select(o => Element("th", o)))) : null,
                Element("tbody", Element("tr", cells.Select(c => Element("td", TextEntry(c))))));
        }
        int rows = shape[^2], columns = shape[^1], slice = rows * columns;
        return Enumerable.Range(0, cells.Length / slice).Select(s => new object?[]
        {
            shape.Length > 2 ? Element("p", NumericalCells.SliceName(shape, s)) : null,
            Element("table", Class("answer"), Element("tbody", Enumerable.Range(0, rows).Select(r =>
                Element("tr", Enumerable.Range(0, columns).Select(c => Element("td", TextEntry(cells[s * slice + r * columns + c]))))))),
        }).ToList();
    }

    private XElement MistakeFeedback(QtiPart part, int rule, bool many, QtiFigureFiles figures) =>
        Element("modalFeedback", new XAttribute("outcomeIdentifier", Feedback), new XAttribute("showHide", "show"), new XAttribute("identifier", part.Mistake(rule)),
            new XAttribute("title", many ? $"({part.Question.Part.Id})" : "Feedback"),
            Element("div", Class("mistake"),
                many ? Element("p", Element("strong", $"({part.Question.Part.Id})")) : null,
                Blocks(part.Question.MistakeFeedback[rule], figures)));

    /// <summary>Each part's answer, the author's solution and the working traced from the solver, as the Moodle export's general feedback holds them.</summary>
    private XElement SolutionBody(VariantQuestion question, QtiFigureFiles figures) => Element("div", Class("solution"), question.Parts.Select(part => new object[]
    {
        Element("p", Element("strong", question.Parts.Length > 1 ? $"({part.Part.Id}) Answer" : "Answer")),
        Blocks(part.Answer, figures),
        part.Solution.IsEmpty ? Array.Empty<object>() : [Element("p", Element("strong", "Solution")), Blocks(part.Solution, figures)],
        part.Working.IsEmpty ? Array.Empty<object>() : [Element("p", Element("strong", "Working")), Blocks(part.Working, figures)],
    }));

    private List<XElement> Blocks(ImmutableArray<Block> blocks, QtiFigureFiles figures) => [.. _body.Blocks(blocks, figures)];
}
