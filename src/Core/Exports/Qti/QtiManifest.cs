using System.Collections.Immutable;
using System.Xml.Linq;
using static DeepExam.Exports.Qti.QtiNames;

namespace DeepExam.Exports.Qti;

/// <summary>
/// imsmanifest.xml, the IMS Content Packaging manifest an importer reads first: a resource of type
/// <c>imsqti_item_xmlv2p1</c> per item listing its XML and figure files, and one of type <c>imsqti_test_xmlv2p1</c> for the
/// test, which depends on every item.
/// </summary>
public static class QtiManifest
{
    public const string Href = "imsmanifest.xml";

    public static XElement Of(QuestionBank bank, IReadOnlyList<QtiItem> items)
    {
        var cp = ContentPackage;
        XElement Resource(string identifier, string type, string href, IEnumerable<string> files, IEnumerable<string> dependencies) =>
            new(cp + "resource", new XAttribute("identifier", identifier), new XAttribute("type", type), new XAttribute("href", href),
                files.Select(f => new XElement(cp + "file", new XAttribute("href", f))),
                dependencies.Select(d => new XElement(cp + "dependency", new XAttribute("identifierref", d))));
        return new XElement(cp + "manifest",
            new XAttribute(XNamespace.Xmlns + "xsi", Instance),
            new XAttribute(Instance + "schemaLocation", ContentPackageSchemaLocation),
            new XAttribute("identifier", QtiNames.Identifier($"manifest-{bank.ExamId}")),
            new XElement(cp + "metadata", new XElement(cp + "schema", "QTIv2.1 Package"), new XElement(cp + "schemaversion", "1.0.0")),
            new XElement(cp + "organizations"),
            new XElement(cp + "resources",
                items.Count == 0 ? null : Resource(QtiTest.Identifier(bank), "imsqti_test_xmlv2p1", QtiTest.Href, [QtiTest.Href], items.Select(i => i.Identifier)),
                items.Select(i => Resource(i.Identifier, "imsqti_item_xmlv2p1", i.Href, i.Files.Select(f => f.Path), []))));
    }
}
