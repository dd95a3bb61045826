namespace DeepExam.Html.Forms;

/// <summary>
/// The answer form's page script (answer-form.js beside this file, embedded in the assembly): plain ES2019, no library.
/// Every form carries it, so it goes in without its comment lines and indentation: a third of its bytes.
/// </summary>
public static class AnswerFormScript
{
    public static string Source { get; } = Compact(Read("DeepExam.Html.Forms.answer-form.js"));

    /// <summary>
    /// The script without whole-line comments, indentation and blank lines; every line break stays, so no statement
    /// runs into the next. The scripts it is used on have no multi-line strings or template literals.
    /// </summary>
    public static string Compact(string script) => string.Join('\n', script.Split('\n')
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith("//", StringComparison.Ordinal))) + "\n";

    internal static string Read(string name)
    {
        using var stream = typeof(AnswerFormScript).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource {name} is not in the assembly");
        using var reader = new StreamReader(stream);
        // Line ends as \n whatever the checkout did, so every build writes the same bytes.
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
