using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DeepExam.Builtins;
using DeepExam.Composition;
using DeepExam.Exams;
using DeepExam.Formats;
using DeepExam.Numbers;
using DeepExam.Runs;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Tests.Html;

/// <summary>
/// The answer forms <c>generate</c> writes for the demo class, read back as HTML: valid, nothing fetched, an input of the
/// right kind and size per part, each labelled, and nothing of the answers (the browser tests fill them in).
/// </summary>
public class AnswerFormsTests
{
    private const string Secret = "test-secret";
    private static string _work = "";
    private static string Forms => Path.Combine(_work, "out", "answer-forms");
    private static string Repo => TestPaths.Repository;
    private static string Blueprint => Path.Combine(Repo, "templates", "demo-exam.yaml");
    private static string Roster => Path.Combine(Repo, "templates", "demo-roster.csv");
    private static string Exercises => Path.Combine(Repo, "exercises");

    [OneTimeSetUp]
    public static void GenerateTheDemoForms()
    {
        _work = Directory.CreateTempSubdirectory("deepexam-forms-").FullName;
        ClassGeneration.Run(new GenerationRequest(Blueprint, Roster, Exercises, Path.Combine(_work, "out"), Secret, Force: false, Formats: ["answer-forms"]));
    }

    [OneTimeTearDown]
    public static void RemoveTheForms() => Directory.Delete(_work, recursive: true);

    private static StudentExam Exam(string id)
    {
        var library = ExerciseLibrary.Open(Exercises, BuiltinRegistry.Default);
        return new ExamGenerator(BlueprintLoader.Load(Blueprint, library), library, Secret).Generate(RosterLoader.Load(Roster).Single(s => s.Id == id));
    }

    private static IHtmlDocument Parse(string id) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Forms, id + ".html")));

    [Test]
    public void Every_student_gets_a_form_and_the_summary_counts_them()
    {
        var summary = ClassGeneration.Run(new GenerationRequest(Blueprint, Roster, Exercises, Path.Combine(_work, "counted"), Secret, Force: false, Formats: ["answer-forms"]));
        var files = Directory.GetFiles(Path.Combine(_work, "counted"), "*", SearchOption.AllDirectories);
        Assert.That(summary.Files, Is.EqualTo(files.Length));
        Assert.That(Directory.GetFiles(Path.Combine(_work, "counted", "answer-forms")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(Enumerable.Range(1001, 12).Select(n => $"s{n}.html")));
    }

    [Test]
    public void A_form_is_in_english_fetches_nothing_and_brings_its_scripts_inline()
    {
        var document = Parse("s1001");
        Assert.That(document.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(document.QuerySelectorAll("link, img, iframe, object, embed, form[action]"), Is.Empty);
        var urls = document.All.SelectMany(e => e.Attributes).Where(a => a.Name is "src" or "href" or "action" or "formaction").Select(a => a.Value);
        Assert.That(urls, Is.Empty, "no external request");
        var scripts = document.QuerySelectorAll("script");
        Assert.That(scripts.Select(s => s.GetAttribute("type") ?? "classic"), Is.EqualTo(new[] { "application/json", "application/json", "classic", "classic" }));
        Assert.That(scripts.Select(s => s.TextContent), Has.None.Contains("http://").And.None.Contains("https://").And.None.Contains("fetch(").And.None.Contains("XMLHttpRequest"));
    }

    [Test]
    public void Each_part_gets_an_input_of_its_kind_and_size_where_its_answer_belongs()
    {
        var exam = Exam("s1001");
        var document = Parse("s1001");
        var parts = exam.Parts.ToList();
        var fields = document.QuerySelectorAll(".field");
        Assert.That(fields, Has.Length.EqualTo(parts.Count), "a field per part, in the parts' order");
        for (var i = 0; i < parts.Count; i++)
        {
            var field = fields[i];
            var (text, radios, boxes, cells) = (field.QuerySelectorAll("input:not([type])").Length, field.QuerySelectorAll("input[type=radio]").Length,
                field.QuerySelectorAll("input[type=checkbox]").Length, field.QuerySelectorAll(".cells input").Length);
            var expected = parts[i] switch
            {
                { Kind: AnswerKind.Integer or AnswerKind.Exact or AnswerKind.Approximate or AnswerKind.Shape or AnswerKind.Tuple } => (1, 0, 0, 0),
                { Answer: TensorValue t } => (t.Tensor.Count, 0, 0, t.Tensor.Count),
                { Kind: AnswerKind.Choice } p => (0, p.Options.Length, 0, 0),
                { Kind: AnswerKind.MultipleChoice } p => (0, 0, p.Options.Length + 1, 0),
                { Kind: AnswerKind.TrueFalse } => (0, 2, 0, 0),
                var p => throw new AssertionException($"no expectation for {p.Kind}"),
            };
            Assert.That((text, radios, boxes, cells), Is.EqualTo(expected), parts[i].Key);
            // The field sits in its part's own labelled block, under the part's prompt, with the expected form.
            Assert.That(field.QuerySelector("legend, label")!.TextContent, Is.EqualTo($"Answer {parts[i].Key}"));
            Assert.That(field.QuerySelector(".hint")!.TextContent, Is.EqualTo(DeepExam.Output.AnswerText.ExpectedForm(parts[i])));
            if (parts[i].Answer is TensorValue { Tensor.Rank: 2 } m)
                Assert.That(field.QuerySelector(".cells")!.GetAttribute("style"), Is.EqualTo($"--n:{m.Tensor.Shape[1]}"), "the grid's column count");
        }
        Assert.That(parts.Select(p => p.Kind), Has.Some.EqualTo(AnswerKind.Matrix).And.Some.EqualTo(AnswerKind.TrueFalse));
    }

    /// <remarks>A grid's cells are named by the page script (the browser tests check their names).</remarks>
    [Test]
    public void Every_input_but_a_grid_cell_has_a_label_and_every_group_a_legend()
    {
        foreach (var file in Directory.GetFiles(Forms))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            foreach (var input in document.QuerySelectorAll("input").Cast<IHtmlInputElement>())
            {
                Assert.That(input.Type, Is.AnyOf("text", "radio", "checkbox", "file"), "never type=number");
                Assert.That(input.HasAttribute("inputmode"), Is.False, "no keyboard without / or -");
                if (input.Closest(".cells") is not null)
                {
                    Assert.That(input.Closest("fieldset")?.QuerySelector("legend")?.TextContent, Does.StartWith("Answer "));
                    continue;
                }
                var label = input.Closest("label") ?? (input.Id is { } id ? document.QuerySelector($"label[for=\"{id}\"]") : null);
                Assert.That(label?.TextContent.Trim(), Is.Not.Null.And.Not.Empty, $"{Path.GetFileName(file)}: {input.OuterHtml}");
                if (input.Type is "radio" or "checkbox")
                    Assert.That(input.Closest("fieldset")?.QuerySelector("legend")?.TextContent, Does.StartWith("Answer "));
            }
        }
    }

    [Test]
    public void A_form_holds_nothing_of_the_answers_nor_the_secret()
    {
        var exam = Exam("s1001");
        var form = AnswerForms.Page(new StudentSheets(exam));
        Assert.That(form, Is.EqualTo(File.ReadAllBytes(Path.Combine(Forms, "s1001.html"))), "the writer's page");
        // Every answer, correct option, mistake and solution changed, sizes kept: the form cannot tell.
        var other = exam with { Exercises = [.. exam.Exercises.Select(e => e with { Parts = [.. e.Parts.Select(Otherwise)] })] };
        Assert.That(AnswerForms.Page(new StudentSheets(other)), Is.EqualTo(form));
        var text = System.Text.Encoding.UTF8.GetString(form);
        Assert.That(text, Does.Not.Contain(Secret).And.Not.Contain("Solution.").And.Not.Contain("Working."));
    }

    /// <summary>The part with another answer of the same size and kind, the other options correct, and no solution.</summary>
    private static SolvedPart Otherwise(SolvedPart part)
    {
        var options = part.Options.Select(o => o with { Correct = !o.Correct }).ToList();
        Value answer = part.Answer switch
        {
            NumberValue => Value.Of(new Rational(7919)),
            ListValue when part.Kind == AnswerKind.MultipleChoice => Value.List(options.Where(o => o.Correct).Select(o => Value.Of(o.Letter))),
            ListValue l => Value.List(l.Items.Select(_ => Value.Of(new Rational(7919)))),
            TensorValue t => Value.Of(Tensor.Build([.. t.Tensor.Shape], _ => Number.Exact(new Rational(7919)))),
            StringValue s => Value.Of(part.Options.First(o => o.Letter != s.Value).Letter),
            BoolValue b => Value.Of(!b.Value),
            var v => v,
        };
        return part with
        {
            Answer = answer,
            Options = [.. options],
            Solution = "The answer is 7919.",
            LazyMistakeAnswers = new(() => [Value.Of(new Rational(7717))]),
        };
    }

    [Test]
    public void The_same_student_gets_a_byte_identical_form_in_another_run_and_culture()
    {
        InCulture.Run("de-DE", () => ClassGeneration.Run(new GenerationRequest(Blueprint, Roster, Exercises, Path.Combine(_work, "again"), Secret, Force: false, Formats: ["answer-forms", "keys"])));
        foreach (var file in Directory.GetFiles(Forms))
            Assert.That(File.ReadAllBytes(Path.Combine(_work, "again", "answer-forms", Path.GetFileName(file))), Is.EqualTo(File.ReadAllBytes(file)), file);
    }

    [Test]
    public void Every_form_passes_the_Nu_Html_Checker()
    {
        var jar = NuHtmlChecker.Jar();
        if (jar is null) Assert.Ignore("the Nu Html Checker (npm vnu-jar, with a Java runtime) is not installed; .ci/run installs it");
        var (exit, output) = NuHtmlChecker.Check(jar, Directory.GetFiles(Forms));
        Assert.That(output, Is.Empty);
        Assert.That(exit, Is.EqualTo(0));
    }
}
