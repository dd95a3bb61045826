using System.Security.Cryptography;
using System.Text;
using DeepExam.Documents;

namespace DeepExam.Pdf;

/// <summary>
/// What a file says about itself: the document information dictionary and the same in XMP (the catalog's
/// /Metadata, where accessibility checkers read the title), and the file identifier. Nothing comes from the
/// clock or a random source: the dates are the document's, the identifier and the XMP ids are hashes of its
/// identity, so the same document always gives the same bytes.
/// </summary>
internal static class PdfMetadata
{
    public const string Producer = "DeepExam";

    /// <returns>The object number of the information dictionary.</returns>
    public static int WriteInfo(PdfFileWriter file, DocumentInfo info)
    {
        var date = Date(info);
        var syntax = new PdfSyntax();
        syntax.Raw("<</Title").Text(info.Title).Raw("/Subject").Text(info.Subject).Raw("/Author").Text(info.Author)
            .Raw("/Creator").Text(Producer).Raw("/Producer").Text(Producer)
            .Raw("/CreationDate").Date(date).Raw("/ModDate").Date(date).Raw(">>");
        return file.Add(syntax.Written);
    }

    /// <returns>The object number of the XMP metadata stream, left uncompressed as metadata usually is, so tools that do not parse PDF find it.</returns>
    public static int WriteXmp(PdfFileWriter file, DocumentInfo info)
    {
        var date = Date(info).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
        var xml = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"><pdf:Producer>").Append(Producer).Append("</pdf:Producer></rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>")
            .Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>")
            .Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>")
            .Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language></rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:CreatorTool>").Append(Producer).Append("</xmp:CreatorTool>")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate><xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate></rdf:Description>\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">")
            .Append("<xmpMM:DocumentID>uuid:").Append(DerivedGuid(info.Identity, "document")).Append("</xmpMM:DocumentID>")
            .Append("<xmpMM:InstanceID>uuid:").Append(DerivedGuid(info.Identity, "instance")).Append("</xmpMM:InstanceID></rdf:Description>\n")
            .Append("</rdf:RDF></x:xmpmeta>\n<?xpacket end=\"r\"?>");
        return file.AddStream("/Type/Metadata/Subtype/XML"u8, Encoding.UTF8.GetBytes(xml.ToString()));
    }

    /// <summary>16 bytes derived from the identity, as PDF's /ID expects.</summary>
    public static byte[] FileIdentifier(DocumentInfo info) => SHA256.HashData(Encoding.UTF8.GetBytes(info.Identity))[..16];

    private static DateTime Date(DocumentInfo info) => info.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    private static string DerivedGuid(string identity, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + identity));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
