using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace DeepExam.Tests.Exports;

/// <summary>
/// Reads a Moodle XML question file back the way Moodle's importer reads it, independently of the writer: the category, each
/// question's type, id number, texts and answers, and a Cloze question's fields parsed from its text (answers end at an
/// unescaped ~, # or }, feedback at ~ or }, and both are HTML-decoded once). <see cref="Match"/> is Moodle's numerical rule:
/// the first answer whose interval, widened by 10⁻¹⁴, holds the response.
/// </summary>
internal static partial class MoodleBankReader
{
    public sealed record Answer(double Percent, string Text, string Feedback, double? Tolerance)
    {
        public double Value => double.Parse(Text, CultureInfo.InvariantCulture);
    }

    public sealed record Field(int Weight, string Type, ImmutableArray<Answer> Answers);

    public sealed record Question(string Type, string IdNumber, string Text, string GeneralFeedback, string DefaultGrade, bool Single,
        ImmutableArray<Answer> Answers, ImmutableArray<Field> Fields, ImmutableArray<string> Files);

    public sealed record Bank(string Category, ImmutableArray<Question> Questions);

    public static Bank Read(byte[] xml)
    {
        using var stream = new MemoryStream(xml);
        // Namespace-aware (the default), no DTDs.
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var root = XDocument.Load(reader).Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("quiz"));
        var category = "";
        var questions = ImmutableArray.CreateBuilder<Question>();
        foreach (var q in root.Elements("question"))
        {
            var type = (string)q.Attribute("type")!;
            if (type == "category")
            {
                category = q.Element("category")!.Element("text")!.Value;
                continue;
            }
            var text = q.Element("questiontext")!.Element("text")!.Value;
            questions.Add(new Question(type, q.Element("idnumber")!.Value, text, q.Element("generalfeedback")!.Element("text")!.Value,
                q.Element("defaultgrade")!.Value, q.Element("single")?.Value != "false",
                [.. q.Elements("answer").Select(a => new Answer(
                    double.Parse((string)a.Attribute("fraction")!, CultureInfo.InvariantCulture), a.Element("text")!.Value,
                    a.Element("feedback")?.Element("text")?.Value ?? "",
                    a.Element("tolerance") is { } t ? double.Parse(t.Value, CultureInfo.InvariantCulture) : null))],
                type == "cloze" ? Fields(text) : [],
                [.. q.Descendants("file").Select(f => (string)f.Attribute("name")!)]));
        }
        return new Bank(category, questions.ToImmutable());
    }

    public static ImmutableArray<Field> Fields(string text) =>
        [.. FieldPattern().Matches(text).Select(m => new Field(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value,
            [.. Alternatives(m.Groups[3].Value).Select(a => Alternative(m.Groups[2].Value, a))]))];

    /// <summary>The first answer whose interval holds the response, as Moodle's numerical question picks it; null when none does.</summary>
    public static Answer? Match(IEnumerable<Answer> answers, double response) =>
        answers.FirstOrDefault(a => Math.Abs(response - a.Value) <= a.Tolerance!.Value + 1e-14);

    private static IEnumerable<string> Alternatives(string body)
    {
        var start = 0;
        for (var i = 0; i < body.Length; i++)
            if (body[i] == '~' && (i == 0 || body[i - 1] != '\\'))
            {
                yield return body[start..i];
                start = i + 1;
            }
        yield return body[start..];
    }

    private static Answer Alternative(string type, string text)
    {
        var percent = 0.0;
        if (text.StartsWith('='))
        {
            percent = 100;
            text = text[1..];
        }
        else if (PercentPattern().Match(text) is { Success: true } p)
        {
            percent = double.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture);
            text = text[p.Length..];
        }
        var hash = -1;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '#' && (i == 0 || text[i - 1] is not ('\\' or '&')))
            {
                hash = i;
                break;
            }
        var answer = hash < 0 ? text : text[..hash];
        var feedback = hash < 0 ? "" : Unquote(text[(hash + 1)..]);
        if (type == "NUMERICAL")
        {
            var colon = answer.IndexOf(':', StringComparison.Ordinal);
            return new Answer(percent, colon < 0 ? answer : answer[..colon], feedback,
                colon < 0 ? 0 : double.Parse(answer[(colon + 1)..], CultureInfo.InvariantCulture));
        }
        return new Answer(percent, Unquote(answer), feedback, null);
    }

    // What Moodle's Cloze import does to an answer's or a feedback's text, in its order: decode the HTML entities
    // once, then unescape a backslashed brace and hash.
    private static string Unquote(string text) => WebUtility.HtmlDecode(text).Replace("\\}", "}", StringComparison.Ordinal).Replace("\\#", "#", StringComparison.Ordinal);

    [GeneratedRegex(@"\{([0-9]+):([A-Z_]+):(.*?)(?<!\\)\}", RegexOptions.Singleline)]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"^%(-?[0-9]+(?:\.[0-9]*)?)%")]
    private static partial Regex PercentPattern();
}
