using NUglify;
using NUglify.JavaScript;

namespace DeepExam.Html.Forms;

/// <summary>
/// The answer form's page script (answer-form.js beside this file, embedded in the assembly): plain ES2019, no library.
/// Every form carries it and the grammar's checker, so both go in minified: half their bytes and more.
/// </summary>
public static class AnswerFormScript
{
    public static string Source { get; } = Minify(Read("DeepExam.Html.Forms.answer-form.js"));

    /// <summary>
    /// The script minified (NUglify: names shortened, comments and blanks dropped), the same bytes for the same script;
    /// throws when the minifier finds an error, so a script it cannot read never reaches a form.
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
