using System.Text;
using System.Xml;

namespace DeepExam.Exports;

/// <summary>
/// How the question-bank writers serialise XML: UTF-8 without a byte-order mark, two-space indents and <c>\n</c> line ends
/// on every machine, so an export is byte-identical wherever it runs.
/// </summary>
public static class ExportXmlSettings
{
    public static readonly XmlWriterSettings Indented = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };
}
