using System.Text;

namespace DeepExam.Html;

/// <summary>
/// A standalone HTML5 page: everything inline (style, SVG, MathML), no script unless the page brings its
/// own, no external request, so it opens from a file:// URL offline and prints as it shows.
/// </summary>
public static class HtmlPage
{
    /// <summary>
    /// The page around <paramref name="body"/>, whose own level-1 heading is the page's h1 (the sheets open with
    /// their title); <paramref name="extraHead"/> is added to the head as it is.
    /// </summary>
    public static string Write(string title, string language, string body, string extraHead = "")
    {
        var html = new StringBuilder(body.Length + Style.Length + 512);
        Start(html, title, language, extraHead);
        html.Append(body);
        End(html);
        return html.ToString();
    }

    /// <summary>The page up to where its body goes, into <paramref name="html"/>: the body and <see cref="End"/> follow.</summary>
    public static void Start(StringBuilder html, string title, string language, string extraHead = "") =>
        html.Append("<!DOCTYPE html>\n<html lang=\"").AppendText(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").AppendText(title).Append("</title>\n<style>").Append(Style).Append("</style>\n")
            .Append(extraHead)
            .Append("</head>\n<body>\n<main>\n");

    /// <summary>The page after its body.</summary>
    public static void End(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n");

    // Serif body as the PDF's, and the math font drawn to match DejaVu (Debian's fonts-dejavu-extra) before the
    // math fonts other systems have (STIX, Cambria Math) and the generic one. Tables booktabs-style: rules above, below the header and at the bottom.
    private const string Style =
        "body{margin:0;padding:1rem;font:1.05rem/1.5 'DejaVu Serif',Georgia,serif;color:#000;background:#fff}" +
        "main{max-width:46rem;margin:0 auto}" +
        "h1{font:bold 1.4rem/1.3 'DejaVu Sans',Arial,sans-serif}" +
        "h2,h3,h4{font-family:'DejaVu Sans',Arial,sans-serif;line-height:1.3}h2{font-size:1.2rem}h3{font-size:1.05rem}" +
        // A heading's points ("9 points") stay on one line, after the title however narrow the screen.
        ".note{font-weight:normal;color:#444;font-size:.9em}h2 .note{white-space:nowrap}" +
        "math{font-family:'DejaVu Math TeX Gyre','TeX Gyre DejaVu Math','STIX Two Math','Cambria Math',math}" +
        "math[display=block]{margin:.6em 0;overflow-x:auto;overflow-y:hidden}" +
        "mtd{padding:.25em .45em}" + MathMLWriter.CellClasses +
        "figure{margin:.8em 0;overflow-x:auto}figure svg{max-width:100%;height:auto}" +
        "table{border-collapse:collapse;margin:.6em 0;border-top:2px solid #000;border-bottom:2px solid #000}" +
        "thead tr:last-child th{border-bottom:1px solid #000}th,td{padding:.2em .7em;text-align:left;vertical-align:top}" +
        "th.right,td.right{text-align:right}th.center,td.center{text-align:center}" +
        "pre{background:#f4f4f4;padding:.5em;overflow-x:auto}" +
        "ul.marked{list-style:none;padding-left:0}ul.marked>li{display:flex;gap:.5em;align-items:baseline}ul.marked .marker{min-width:1.5em}" +
        // An item's or a labelled part's first paragraph starts level with its marker or label, not a paragraph's margin
        // below it (on a narrow screen the label sits above the body, and the margin left a blank line between them).
        "ul.marked>li>div>:first-child,.labeled>.body>:first-child,.labeled>.body>.keep:first-child>:first-child{margin-top:0}ul.marked>li>div>:last-child{margin-bottom:.4em}" +
        ".labeled{display:flex;gap:.75em;margin:.8em 0}.labeled>.label{flex:0 0 4.5em;font-weight:bold}.labeled>.label .note{display:block}.labeled>.body{flex:1;min-width:0}" +
        ".answer-box{border:1px solid #888;border-radius:4px;padding:.4em .6em;margin:.5em 0}.answer-box .hint{color:#444;font-size:.9em;margin:0}" +
        ".keep{break-inside:avoid}.error{color:#c00}.heads{color:#444;font-size:.9em}" +
        // In a column the label's flex basis of 4.5em would be its height, a blank band above the body.
        "@media (max-width:36rem){body{padding:.5rem}.labeled{flex-direction:column;gap:.2em}.labeled>.label{flex:none}}";
}
