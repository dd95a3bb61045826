using System.Globalization;
using DeepExam.Numbers;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Tests.Text;

/// <summary>Exercise text on Scriban: what it can show and compute, and everything it cannot reach.</summary>
public class TextRendererTests
{
    private static readonly Dictionary<string, Value> Values = new(StringComparer.Ordinal)
    {
        ["k"] = Value.Of(new Rational(5, 2)),
        ["n"] = Value.Of(28),
        ["bias"] = Value.Of(true),
        ["kind"] = Value.Of("max"),
        ["shape"] = Value.Shape([28, 28, 5]),
        ["X"] = Value.Of(Tensor.Build([2, 2], i => Number.Exact(i[0] * 2 + i[1] + 1))),
        ["w"] = Value.Of(Tensor.Build([3], i => Number.Exact(i[0] - 1))),
        ["layer"] = RecordValue.Create("record", ("text", Value.Of("ReLU has no weights.")), ("truth", Value.Of(true))),
        ["approx"] = Value.Of(Number.Approx(0.125)),
    };

    private static string Render(string text) => new TextRenderer().Render(text, Values);

    [TestCase("Braces { } and \\ backslashes, `code`, & < > \" ' $\\frac{1}{2}$ stay as written.")]
    [TestCase("")]
    [TestCase("A line\n\n- a list\n")]
    public void Text_without_a_tag_renders_as_itself(string text) => Assert.That(Render(text), Is.EqualTo(text));

    [TestCase("{{ k }} {{ n }} {{ shape }} {{ X }} {{ approx }}", "5/2 28 [28, 28, 5] [[1, 2], [3, 4]] 0.125")]
    [TestCase("{{ bias }} {{ kind }}", "true max")]
    [TestCase("{{ k + 1 }} {{ k * 2 }} {{ k / 5 }} {{ n // 3 }} {{ -k }}", "7/2 5 1/2 9 -5/2")]
    [TestCase("{{ k == 5/2 }} {{ n > 27 }} {{ shape == shape }}", "true true true")]
    [TestCase("{{ shape[0] }} {{ shape[-1] }} {{ X[1][0] }} {{ X[0] }}", "28 5 3 [1, 2]")]
    [TestCase("{{ layer.text }} {{ layer.truth }}", "ReLU has no weights. true")]
    [TestCase("{{ for row in X }}({{ row }}){{ end }} {{ for d in shape }}{{ for.index }}={{ d }} {{ end }}", "([1, 2])([3, 4]) 0=28 1=28 2=5 ")]
    [TestCase("{{ if bias }}b{{ else }}no b{{ end }} {{ if !bias }}x{{ else if n > 3 }}big{{ end }} {{ if kind == \"max\" }}M{{ end }}", "b big M")]
    [TestCase("{{ tex k }} {{ dims shape }} {{ group 10001000 }} {{ texgroup n * 1000 }} {{ dec k 3 }} {{ col w }}",
        "\\frac{5}{2} 28 \\times 28 \\times 5 10\u202F001\u202F000 28\\,000 2.5 \\begin{bmatrix} -1 \\\\ 0 \\\\ 1 \\end{bmatrix}")]
    [TestCase("{{ tex (flip X) }} {{ conv_out n 5 stride: 1 }} {{ conv_out n 5 padding: 2 }}", "\\begin{bmatrix} 4 & 3 \\\\ 2 & 1 \\end{bmatrix} 24 28")]
    [TestCase("{{ \"size \" + n }}", "size 28")]
    [TestCase("{{ group 4096 }} {{ texgroup 4096 }} {{ group (-12544) }} {{ texgroup (-12544) }}", "4096 4096 -12\u202F544 -12\\,544")]
    [TestCase("A\n  {{~ if bias ~}}\n  shown\n  {{~ end ~}}\nB", "A\n  shown\nB")]
    public void Text_shows_names_fields_items_and_exact_results(string text, string rendered) =>
        Assert.That(Render(text), Is.EqualTo(rendered));

    [TestCase("{{ nosuch }}", "`nosuch` was not found")]
    [TestCase("{{ layer.truht }}", "record has no field 'truht' (it has text, truth)")]
    [TestCase("{{ k.Numerator }}", "'.Numerator' needs a record, got a number")]
    [TestCase("{{ X.Tensor }}", "'.Tensor' needs a record, got a 2×2 matrix")]
    [TestCase("{{ kind.Length }}", "")]
    [TestCase("{{ if n }}x{{ end }}", "a condition must be true or false, got an integer (28)")]
    [TestCase("{{ shape[3] }}", "out of bounds")]
    [TestCase("{{ date.now }}", "`date` was not found")]
    [TestCase("{{ math.random 1 9 }}", "`math` was not found")]
    [TestCase("{{ include 'secrets.txt' }}", "include")]
    [TestCase("{{ n = 3 }}", "readonly")]
    [TestCase("{{ conv_out n }}", "conv_out is missing 'k'")]
    [TestCase("{{ conv_out n 5 strid: 2 }}", "conv_out has no parameter 'strid'")]
    [TestCase("{{ dec k 3 4 }}", "dec takes 1 or 2 arguments, got 3")]
    [TestCase("{{ k / 0 }}", "division by zero")]
    public void Text_reaches_nothing_but_the_values_and_the_functions(string text, string error)
    {
        var e = Assert.Throws<TextException>(() => Render(text));
        Assert.That(e!.Message, Does.Contain(error));
    }

    [Test]
    public void A_runaway_loop_stops_at_the_loop_limit() =>
        Assert.That(() => Render("{{ for i in 0..100000 }}x{{ end }}"), Throws.InstanceOf<TextException>().With.Message.Contains("10000"));

    [Test]
    public void An_error_says_where_in_the_text_it_is()
    {
        var e = Assert.Throws<TextException>(() => Render("First {{ n }}\nthen {{ tex nosuch }}."));
        Assert.That((e!.Line, e.Column), Is.EqualTo((2, 13)));
    }

    [Test]
    public void Text_renders_the_same_in_every_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.That(Render("{{ k }} {{ approx }} {{ group 1234567 }} {{ dec k 2 }} {{ k * 0.5 }}"), Is.EqualTo("5/2 0.125 1\u202F234\u202F567 2.5 5/4"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Test]
    public void Rendering_from_many_threads_gives_each_text_its_own_values()
    {
        var renderer = new TextRenderer();
        var results = Enumerable.Range(0, 2000).AsParallel().Select(i =>
            renderer.Render("{{ i }}:{{ for x in [1, 2] }}{{ x }}{{ end }}", new Dictionary<string, Value> { ["i"] = Value.Of(i) })).ToList();
        Assert.That(results, Is.EqualTo(Enumerable.Range(0, 2000).Select(i => $"{i}:12")));
    }
}
