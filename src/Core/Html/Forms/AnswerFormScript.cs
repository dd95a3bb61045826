using NUglify;
using NUglify.JavaScript;

namespace DeepExam.Html.Forms;

/// <summary>
/// The answer form's page script (answer-form.js beside this file, embedded in the assembly): plain ES2019, no library.
/// Every form carries it and the grammar's checker, so both go in minified: half their bytes and more. Both are
/// embedded already minified (answer-form.min.js and answer-check.min.js beside this file, which a test keeps equal to
/// <see cref="Minify"/> of their sources): minifying them at every start cost a <c>generate</c> run about 0.2 s before
/// its first student and a tenth of its compiling (docs/performance.md, session 8).
/// </summary>
public static class AnswerFormScript
{
    /// <summary>The page script, minified.</summary>
    public static string Source { get; } = Read(MinifiedPageScript);

    /// <summary>The grammar's checker (<see cref="Answers.Grammar.AnswerGrammar.CheckerScript"/>), minified.</summary>
    public static string Checker { get; } = Read(MinifiedChecker);

    /// <summary>The resource of the page script's source, which <see cref="Source"/> is minified from.</summary>
    public const string PageScript = "DeepExam.Html.Forms.answer-form.js";

    public const string MinifiedPageScript = "DeepExam.Html.Forms.answer-form.min.js";

    public const string MinifiedChecker = "DeepExam.Html.Forms.answer-check.min.js";

    /// <summary>
    /// The script minified (NUglify: names shortened, comments and blanks dropped), the same bytes for the same script;
    /// throws when the minifier finds an error, so a script it cannot read never reaches a form. What the embedded
    /// minified scripts are made with.
    /// </summary>
    public static string Minify(string script)
    {
        var result = Uglify.Js(script, new CodeSettings { LineBreakThreshold = 1000 });
        if (result.HasErrors) throw new InvalidOperationException("the script does not minify: " + string.Join("; ", result.Errors));
        return result.Code.ReplaceLineEndings("\n");
    }

    internal static string Read(string name)
    {
        using var stream = typeof(AnswerFormScript).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource {name} is not in the assembly");
        using var reader = new StreamReader(stream);
        // Line ends as \n whatever the checkout did, so every build writes the same bytes.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
