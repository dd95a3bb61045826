using System.Collections.Immutable;
using System.Xml.Linq;
using static DeepExam.Exports.Qti.QtiBody;
using static DeepExam.Exports.Qti.QtiNames;

namespace DeepExam.Exports.Qti;

/// <summary>
/// The assessmentTest of a package: one testPart with a section per exam slot, each with <c>&lt;selection select="1"/&gt;</c>
/// so a candidate draws one variant per exercise. A slot with one exercise holds its items; a pool slot holds a section per
/// exercise, of which it selects one, so a candidate draws an exercise of the pool and then a variant of it, as
/// <c>generate</c> gives a student one exercise of the pool. The test's SCORE is the sum of its items' SCOREs, in points.
/// </summary>
public static class QtiTest
{
    public const string Href = "assessment-test.xml";

    public static string Identifier(QuestionBank bank) => QtiNames.Identifier($"test-{bank.ExamId}");

    /// <param name="exercises">Every exercise with the items it has, in bank order; exercises without items are left out.</param>
    public static XElement Of(QuestionBank bank, IReadOnlyList<(VariantSet Set, ImmutableArray<QtiItem> Items)> exercises)
    {
        var slots = exercises.Where(e => e.Items.Length > 0).GroupBy(e => e.Set.Slot).OrderBy(g => g.Key);
        return Element("assessmentTest",
            new XAttribute(XNamespace.Xmlns + "xsi", Instance),
            new XAttribute(Instance + "schemaLocation", QtiSchemaLocation),
            new XAttribute("identifier", Identifier(bank)),
            new XAttribute("title", bank.Title),
            new XAttribute("toolName", "DeepExam"),
            Element("outcomeDeclaration", new XAttribute("identifier", QtiItemComposer.Score), new XAttribute("cardinality", "single"), new XAttribute("baseType", "float"),
                Element("defaultValue", Element("value", "0"))),
            Element("testPart", new XAttribute("identifier", "exam"), new XAttribute("navigationMode", "nonlinear"), new XAttribute("submissionMode", "simultaneous"),
                Element("itemSessionControl", new XAttribute("maxAttempts", "1"), new XAttribute("showFeedback", "true"), new XAttribute("allowReview", "true"),
                    new XAttribute("showSolution", "true")),
                slots.Select(slot => slot.Count() == 1
                    ? Section($"slot-{slot.Key}", $"{slot.Key}. {slot.First().Set.Template.Title}", slot.First().Items.Select(ItemRef))
                    : Section($"slot-{slot.Key}", $"{slot.Key}. one of {slot.Count()} exercises",
                        slot.Select(e => Section(QtiNames.Identifier($"slot-{slot.Key}-{e.Set.ExerciseId}"), e.Set.Template.Title, e.Items.Select(ItemRef)))))),
            Element("outcomeProcessing",
                Element("setOutcomeValue", new XAttribute("identifier", QtiItemComposer.Score),
                    Element("sum", Element("testVariables", new XAttribute("variableIdentifier", QtiItemComposer.Score))))));
    }

    private static XElement Section(string identifier, string title, IEnumerable<XElement> parts) =>
        Element("assessmentSection", new XAttribute("identifier", identifier), new XAttribute("title", title), new XAttribute("visible", "true"),
            Element("selection", new XAttribute("select", "1")), parts);

    private static XElement ItemRef(QtiItem item) =>
        Element("assessmentItemRef", new XAttribute("identifier", item.Identifier), new XAttribute("href", item.Href));
}
