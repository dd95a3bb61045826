using Newtonsoft.Json.Linq;

namespace DeepExam.Tests.Catalogue;

public class YamlToJsonTests
{
    [TestCase("v: 2", JTokenType.Integer)]
    [TestCase("v: -7", JTokenType.Integer)]
    [TestCase("v: 2.0", JTokenType.Integer)]
    [TestCase("v: 0.5", JTokenType.Float)]
    [TestCase("v: 1e-3", JTokenType.Float)]
    [TestCase("v: 0x1F", JTokenType.Integer)]
    [TestCase("v: true", JTokenType.Boolean)]
    [TestCase("v: False", JTokenType.Boolean)]
    [TestCase("v:", JTokenType.Null)]
    [TestCase("v: ~", JTokenType.Null)]
    [TestCase("v: 1/4", JTokenType.String)]
    [TestCase("v: 1_000", JTokenType.String)]
    [TestCase("v: yes", JTokenType.String)]
    [TestCase("v: \"2\"", JTokenType.String)]
    [TestCase("v: '2'", JTokenType.String)]
    [TestCase("v: !!str 2", JTokenType.String)]
    [TestCase("v: |\n  2", JTokenType.String)]
    [TestCase("v: conv_out(N, K)", JTokenType.String)]
    [TestCase("v: [1, a]", JTokenType.Array)]
    [TestCase("v: { a: 1 }", JTokenType.Object)]
    public void Types_plain_scalars_as_a_YAML_1_2_editor_does(string yaml, JTokenType type) =>
        Assert.That(YamlToJson.Convert(yaml)["v"]!.Type, Is.EqualTo(type));

    [Test]
    public void Keeps_the_value_of_numbers() =>
        Assert.That(YamlToJson.Convert("v: [2, 0.25, 12345678901234567890123]").ToString(Newtonsoft.Json.Formatting.None),
            Is.EqualTo("{\"v\":[2,0.25,12345678901234567890123]}"));
}
