using System.Text;
using System.Xml.Linq;

namespace DeepExam.Exports.Qti;

/// <summary>The namespaces a QTI 2.1 package writes, and identifiers made safe for QTI's NCName identifiers.</summary>
public static class QtiNames
{
    public static readonly XNamespace Qti21 = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    public static readonly XNamespace MathML = "http://www.w3.org/1998/Math/MathML";
    public static readonly XNamespace ContentPackage = "http://www.imsglobal.org/xsd/imscp_v1p1";
    public static readonly XNamespace Instance = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Where the specification publishes its schemas: written in xsi:schemaLocation, as importers expect, and never fetched by the export.</summary>
    public const string QtiSchemaLocation = "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";

    public const string ContentPackageSchemaLocation = "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd";

    /// <summary>An identifier QTI accepts (an XML NCName): letters, digits, '-', '_' and '.', starting with a letter; anything else becomes '_'.</summary>
    public static string Identifier(string text)
    {
        var id = new StringBuilder(text.Length + 1);
        foreach (var c in text) id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        if (id.Length == 0 || !char.IsAsciiLetter(id[0])) id.Insert(0, 'x');
        return id.ToString();
    }
}
