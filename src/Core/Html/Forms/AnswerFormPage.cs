using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Html.Forms;

/// <summary>
/// A student's exam as a web page to answer in: the composed exam document through the HTML backend, each answer box
/// replaced by its inputs (<see cref="FormFieldHtml"/>), a place to save and load the answers, and, inline, the answer
/// grammar and the form's data as JSON and the two scripts (the checker and the page's own). Nothing is fetched; the
/// page holds no answer: only the parts' kinds, sizes and option letters, as the exam sheet shows them.
/// </summary>
public static class AnswerFormPage
{
    /// <param name="grammarJson">The answer grammar the checker runs, as JSON.</param>
    /// <param name="checkerScript">The script that defines <c>DeepExamAnswerCheck</c>.</param>
    public static string Write(ComposedDocument document, IReadOnlyList<FormField> fields, FormSheet sheet, ITextMeasurer measurer,
        string grammarJson, string checkerScript, string language = "en") =>
        Page(document, fields, sheet, measurer, grammarJson, checkerScript, language).ToString();

    /// <summary>The page as UTF-8 bytes without a byte-order mark.</summary>
    public static byte[] Bytes(ComposedDocument document, IReadOnlyList<FormField> fields, FormSheet sheet, ITextMeasurer measurer,
        string grammarJson, string checkerScript, string language = "en") =>
        Utf8Text.Bytes(Page(document, fields, sheet, measurer, grammarJson, checkerScript, language));

    /// <remarks>
    /// The page is built in one builder of small chunks and encoded from them: a form is about 60,000 characters, and
    /// a buffer or string that large would go to the large-object heap, whose collections cost a class of forms more
    /// than writing them.
    /// </remarks>
    private static StringBuilder Page(ComposedDocument document, IReadOnlyList<FormField> fields, FormSheet sheet, ITextMeasurer measurer,
        string grammarJson, string checkerScript, string language)
    {
        var page = new StringBuilder(8 * 1024);
        HtmlPage.Start(page, document.Info.Title, language, StyleElement);
        DocumentHtml.Body(page, document, measurer, new FormFieldHtml(fields), Tools(sheet, top: true));
        page.Append(Tools(sheet, top: false));
        Data(page, "deepexam-grammar", FormGrammar.Of(grammarJson));
        Data(page, "deepexam-form", FormJson(fields, sheet));
        Script(page, checkerScript);
        Script(page, AnswerFormScript.Source);
        HtmlPage.End(page);
        return page;
    }

    /// <summary>Save and load above the exam (with what they do), and Save again below it.</summary>
    private static string Tools(FormSheet sheet, bool top)
    {
        var html = new StringBuilder(1024);
        if (top)
        {
            html.Append("<section class=\"form-tools\" aria-labelledby=\"form-tools-title\">\n<h2 id=\"form-tools-title\">Your answers</h2>\n")
                .Append("<p>Type each answer in its field below; a field says so at once when the grader could not read what it holds. It does not say whether an answer is right. ")
                .Append("<strong>Save answers</strong> downloads <code>").AppendText(sheet.FileName).Append("</code>, your filled-in answer sheet: hand in that file. ")
                .Append("To go on later, open this page again and load the file you saved. Nothing you type leaves your computer.</p>\n")
                .Append("<noscript><p class=\"problem\">This form needs JavaScript to check and save answers. Without it, fill in the answer sheet (YAML) instead.</p></noscript>\n")
                .Append("<p class=\"buttons\"><button type=\"button\" class=\"save\">Save answers</button> ")
                .Append("<label class=\"load\">Load saved answers <input type=\"file\" accept=\".yaml,.yml\"></label></p>\n")
                .Append("<p class=\"form-status\" role=\"status\"></p>\n</section>\n");
        }
        else
        {
            html.Append("<section class=\"form-tools\" aria-label=\"Save your answers\">\n<p class=\"buttons\"><button type=\"button\" class=\"save\">Save answers</button></p>\n")
                .Append("<p class=\"form-status\" role=\"status\"></p>\n</section>\n");
        }
        return html.ToString();
    }

    /// <summary>What the page script needs: the sheet to complete and, per field, its key, input, cells' shape and (a text field) checker part.</summary>
    private static string FormJson(IReadOnlyList<FormField> fields, FormSheet sheet)
    {
        using var stream = new MemoryStream();
        // Letters as they are (an em dash, not \u2014): Data escapes the one character a script block cannot hold.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", sheet.FileName);
            json.WriteString("exam", sheet.Exam);
            json.WriteString("student", sheet.Student);
            json.WriteString("check", sheet.Check);
            json.WriteString("sheet", sheet.BlankSheet);
            json.WriteStartArray("fields");
            foreach (var field in fields)
            {
                json.WriteStartObject();
                json.WriteString("key", field.Key);
                json.WriteString("input", field.Input switch
                {
                    FormInput.TextLine => "text",
                    FormInput.Cells => "cells",
                    FormInput.OneOf => "one",
                    FormInput.SomeOf => "some",
                    FormInput.TrueOrFalse => "bool",
                    _ => throw new ArgumentOutOfRangeException(nameof(fields), field.Input.GetType().Name, "no script name for this input"),
                });
                if (field.Input is FormInput.Cells cells)
                {
                    json.WriteStartArray("shape");
                    foreach (var d in cells.Shape) json.WriteNumberValue(d);
                    json.WriteEndArray();
                    // The script names a vector's cells by these when it has them ("W"), otherwise by number.
                    if (cells.Shape.Length == 1 && cells.EntryNames.Length == cells.Shape[0])
                    {
                        json.WriteStartArray("names");
                        foreach (var name in cells.EntryNames) json.WriteStringValue(name);
                        json.WriteEndArray();
                    }
                }
                // Only a text field is read whole by the checker; a cell is checked as one entry, and ticks need no reading.
                if (field.Input is FormInput.TextLine)
                {
                    // The checker reads a missing size or options as it reads null; only what the part has is written.
                    json.WriteStartObject("part");
                    using (var part = JsonDocument.Parse(field.CheckerPart))
                        foreach (var property in part.RootElement.EnumerateObject())
                            if (property.Value.ValueKind != JsonValueKind.Null) property.WriteTo(json);
                    json.WriteEndObject();
                }
                // The sheet line the answer completes is the script's to find: the one that holds the quoted key.
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // In JSON a '<' can only be inside a string, where \u003c means the same: so no "</script" or "<!--" ends the block early.
    private static void Data(StringBuilder body, string id, string json) =>
        body.Append("<script type=\"application/json\" id=\"").Append(id).Append("\">").Append(json.Replace("<", "\\u003c", StringComparison.Ordinal)).Append("</script>\n");

    private static void Script(StringBuilder body, string script)
    {
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase) || script.Contains("<!--", StringComparison.Ordinal))
            throw new ArgumentException("an inline script may not contain </script or <!--", nameof(script));
        body.Append("<script>").Append(script).Append("</script>\n");
    }

    private const string StyleElement = "<style>" + Style + "</style>\n";

    private const string Style =
        ".form-tools{border:1px solid #888;border-radius:4px;padding:.4em .9em;margin:1em 0;background:#f4f6f8}.form-tools h2{margin:.3em 0}" +
        ".buttons{display:flex;flex-wrap:wrap;gap:.6em;align-items:center}" +
        "button,.load{font:inherit;font-size:.95em;padding:.35em .8em;border:1px solid #333;border-radius:4px;background:#fff;color:#000;cursor:pointer}" +
        ".load input{font:inherit;font-size:.9em;max-width:100%}" +
        ".form-status{margin:.3em 0;font-weight:bold}.form-status:empty{display:none}" +
        ".field input:not([type]){font:inherit;padding:.25em .4em;border:1px solid #555;border-radius:3px;box-sizing:border-box;max-width:100%;background:#fff;color:#000}" +
        ".field>input{display:block;width:100%;margin:.25em 0}.field>label{font-weight:bold}" +
        "fieldset.field{min-width:0}fieldset.field legend{font-weight:bold;padding:0 .25em}" +
        ".cells{display:grid;grid-template-columns:repeat(var(--n),minmax(3.2em,7em));gap:.3em;margin:.3em 0;padding:.2em .4em;border-left:2px solid #000;border-right:2px solid #000;width:max-content;max-width:100%;overflow-x:auto;box-sizing:border-box}" +
        ".cells input{width:100%;min-width:0;text-align:right}.slice{margin:.4em 0 0;font-size:.9em;color:#444}" +
        ".choices{display:flex;flex-wrap:wrap;gap:.3em 1.2em;margin:.3em 0}.choices label{display:inline-flex;align-items:center;gap:.35em;padding:.15em .3em}" +
        ".choices input{width:1.15em;height:1.15em;margin:0}" +
        "input:focus-visible,button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}.choices label:focus-within,.load:focus-within{outline:3px solid #1a5fb4;outline-offset:2px}" +
        ".field input[aria-invalid=true]{border:2px solid #c00;background:#fff4f4}" +
        ".problem,.notice{margin:.2em 0;font-size:.95em}.problem{color:#b00}.notice{color:#6b4400}.problem:empty,.notice:empty{display:none}" +
        "@media print{.form-tools{display:none}}";
}
