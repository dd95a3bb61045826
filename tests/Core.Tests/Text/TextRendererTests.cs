using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Text;
using DeepExam.Values;
using HandlebarsDotNet;

namespace DeepExam.Tests.Text;

public class TextRendererTests
{
    // Every text of the bundled exercises that has no mustache, in all the places texts appear.
    private static IEnumerable<string> PlainTexts()
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        return library.Templates
            .SelectMany(t => new[] { t.Statement }.Concat(t.Parts.SelectMany(p =>
                new[] { p.Prompt, p.Solution }.Concat(p.Mistakes.Select(m => m.Feedback)).Concat(p.Options.Select(o => o.Text)))))
            .Select(t => t.Source)
            .Where(s => s.Length > 0 && !s.Contains("{{"))
            .Distinct();
    }

    [Test]
    public void Text_without_a_mustache_renders_as_Handlebars_would_render_it()
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true, ThrowOnUnresolvedBindingExpression = true });
        var renderer = new TextRenderer();
        var texts = PlainTexts().ToList();
        Assert.That(texts, Has.Count.GreaterThan(50));
        foreach (var text in texts.Append("Braces { } and \\ backslashes, `code`, & < > \" ' stay as written."))
            Assert.That(renderer.Render(text, new Dictionary<string, Value>()), Is.EqualTo(handlebars.Compile(text)(new object())), text);
    }

    [Test]
    public void Text_with_a_mustache_is_still_rendered()
    {
        var values = new Dictionary<string, Value> { ["F"] = Value.Of(12) };
        Assert.That(new TextRenderer().Render("That is {{F}} filters.", values), Is.EqualTo("That is 12 filters."));
    }
}
