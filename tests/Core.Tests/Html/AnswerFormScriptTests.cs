using DeepExam.Answers.Grammar;
using DeepExam.Html.Forms;

namespace DeepExam.Tests.Html;

/// <summary>
/// The answer forms' two scripts are embedded already minified, so that no run minifies them: these tests keep each
/// minified file equal to its source minified, and rewrite it with DEEPEXAM_GOLDEN=update (then build again to embed it).
/// </summary>
public class AnswerFormScriptTests
{
    private static string Forms => Path.Combine(TestPaths.Repository, "src", "Core", "Html", "Forms");

    [Test]
    public void The_embedded_page_script_is_answer_form_js_minified() =>
        AssertMinified(AnswerFormScript.Source, File.ReadAllText(Path.Combine(Forms, "answer-form.js")).ReplaceLineEndings("\n"), "answer-form.min.js");

    [Test]
    public void The_embedded_checker_is_the_answer_grammars_checker_minified() =>
        AssertMinified(AnswerFormScript.Checker, AnswerGrammar.CheckerScript, "answer-check.min.js");

    private static void AssertMinified(string embedded, string source, string file)
    {
        var expected = AnswerFormScript.Minify(source);
        if (embedded != expected && Environment.GetEnvironmentVariable("DEEPEXAM_GOLDEN") == "update")
        {
            File.WriteAllText(Path.Combine(Forms, file), expected);
            Assert.Inconclusive($"rewrote src/Core/Html/Forms/{file}: build again to embed it");
        }
        Assert.That(embedded, Is.EqualTo(expected), $"src/Core/Html/Forms/{file} is not its source minified: rewrite it with DEEPEXAM_GOLDEN=update, then build again");
    }
}
