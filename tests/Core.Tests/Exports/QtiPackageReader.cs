using System.Collections.Immutable;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace DeepExam.Tests.Exports;

/// <summary>
/// Reads a QTI content package back as an importer does, independently of the writer: every entry of the ZIP, every XML
/// file parsed with a namespace-aware reader (no DTDs), the manifest's resources with their files and dependencies.
/// </summary>
internal static class QtiPackageReader
{
    public static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    public static readonly XNamespace ContentPackage = "http://www.imsglobal.org/xsd/imscp_v1p1";

    public sealed record Resource(string Identifier, string Type, string Href, ImmutableArray<string> Files, ImmutableArray<string> Dependencies);

    public sealed record Package(ImmutableArray<string> Entries, ImmutableDictionary<string, byte[]> Files, ImmutableArray<Resource> Resources)
    {
        public XElement Xml(string path) => Parse(Files[path]);
    }

    public static Package Read(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var entries = archive.Entries.Select(e => e.FullName).ToImmutableArray();
        var files = archive.Entries.ToImmutableDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
        var manifest = Parse(files["imsmanifest.xml"]);
        Assert.That(manifest.Name, Is.EqualTo(ContentPackage + "manifest"));
        var resources = manifest.Element(ContentPackage + "resources")!.Elements(ContentPackage + "resource").Select(r => new Resource(
            (string)r.Attribute("identifier")!, (string)r.Attribute("type")!, (string)r.Attribute("href")!,
            [.. r.Elements(ContentPackage + "file").Select(f => (string)f.Attribute("href")!)],
            [.. r.Elements(ContentPackage + "dependency").Select(d => (string)d.Attribute("identifierref")!)])).ToImmutableArray();
        return new Package(entries, files, resources);
    }

    public static XElement Parse(byte[] xml)
    {
        using var reader = XmlReader.Create(new MemoryStream(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader).Root!;
    }
}
