using DeepExam.Output;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Tests.Output;

public class YamlTextTests
{
    [TestCase("plain", "\"plain\"")]
    [TestCase("", "\"\"")]
    [TestCase("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [TestCase("a\\b", "\"a\\\\b\"")]
    [TestCase("two\nlines\r\tend", "\"two\\nlines\\r\\tend\"")]
    [TestCase("bell\u0007 and \u0085", "\"bell\\u0007 and \\u0085\"")]
    [TestCase("−3 × 28 — ok", "\"−3 × 28 — ok\"")]
    public void Quotes_strings_so_any_text_stays_one_scalar(string text, string quoted)
    {
        Assert.That(YamlText.Quote(text), Is.EqualTo(quoted));
        using var writer = new StringWriter();
        YamlText.WriteQuoted(writer, text);
        Assert.That(writer.ToString(), Is.EqualTo(quoted));
        var stream = new YamlStream();
        stream.Load(new StringReader("k: " + quoted));
        Assert.That(((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children["k"]).Value, Is.EqualTo(text));
    }
}
