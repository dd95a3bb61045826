using System.Globalization;
using System.Text;
using DeepExam.Html;
using PuppeteerSharp;

namespace DeepExam.Tests.Html;

/// <summary>
/// The operator dictionary the MathML writer leaves spacing to, checked against a real one: the system Chromium lays out
/// each operator of <see cref="MathOperatorDefaults"/> in each form twice, once bare and once with the spaces and
/// stretching the table says the dictionary gives spelled out; the two must be laid out alike. Skipped when Chromium is
/// missing; CI installs it.
/// </summary>
[NonParallelizable]
public class MathOperatorDefaultsBrowserTests
{
    private static IBrowser? _browser;

    [OneTimeSetUp]
    public static async Task StartTheBrowser()
    {
        var chromium = SystemChromium.Find();
        if (chromium is null) Assert.Ignore(SystemChromium.Missing);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    [OneTimeTearDown]
    public static async Task StopTheBrowser()
    {
        if (_browser is not null) await _browser.DisposeAsync();
    }

    /// <summary>The operator in a row where it takes the form: before a fraction (prefix), between two, after one (postfix).</summary>
    private static string Row(string mo, MathOperatorForm form)
    {
        const string Tall = "<mfrac><mn>1</mn><mn>2</mn></mfrac>";
        return form switch
        {
            MathOperatorForm.Prefix => $"<mrow>{mo}{Tall}</mrow>",
            MathOperatorForm.Infix => $"<mrow>{Tall}{mo}{Tall}</mrow>",
            _ => $"<mrow>{Tall}{mo}</mrow>",
        };
    }

    private static string Spelled(string op, MathOperatorDefaults.Entry entry)
    {
        static string Em(int mu) => mu == 0 ? "0" : (mu / 18.0).ToString("0.####", CultureInfo.InvariantCulture) + "em";
        return $"<mo lspace=\"{Em(entry.LeftMu)}\" rspace=\"{Em(entry.RightMu)}\" stretchy=\"{(entry.StretchySymmetric ? "true" : "false")}\"" +
            $" symmetric=\"{(entry.StretchySymmetric ? "true" : "false")}\">{op}</mo>";
    }

    [Test]
    public async Task Every_operator_is_laid_out_bare_as_with_the_spacing_the_table_gives_it()
    {
        var cases = (from op in MathOperatorDefaults.Operators
                     from form in new[] { MathOperatorForm.Prefix, MathOperatorForm.Infix, MathOperatorForm.Postfix }
                     select (Op: op, Form: form, Entry: MathOperatorDefaults.Of(op, form)!.Value)).ToList();
        var page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>");
        foreach (var (op, form, entry) in cases)
        {
            var escaped = op.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
            page.Append("<p><math class=\"bare\">").Append(Row($"<mo>{escaped}</mo>", form)).Append("</math></p>")
                .Append("<p><math class=\"spelled\">").Append(Row(Spelled(escaped, entry), form)).Append("</math></p>");
        }
        page.Append("</body></html>");
        var file = Path.Combine(Directory.CreateTempSubdirectory("deepexam-operators-").FullName, "operators.html");
        await File.WriteAllTextAsync(file, page.ToString());
        var tab = await _browser!.NewPageAsync();
        try
        {
            await tab.GoToAsync(new Uri(file).AbsoluteUri);
            // Every box of each formula, relative to the formula: the operator's place, its size and what follows it.
            const string Boxes = "cls => Array.from(document.querySelectorAll('math.' + cls)).map(m => { const o = m.getBoundingClientRect(); " +
                "return Array.from(m.querySelectorAll('*')).map(e => { const r = e.getBoundingClientRect(); " +
                "return [r.left - o.left, r.top - o.top, r.width, r.height].map(v => v.toFixed(2)).join(' '); }).join(' | '); })";
            var bare = await tab.EvaluateFunctionAsync<string[]>(Boxes, "bare");
            var spelled = await tab.EvaluateFunctionAsync<string[]>(Boxes, "spelled");
            var differing = cases.Where((c, i) => bare[i] != spelled[i]).Select(c => $"{c.Op} {c.Form}").ToList();
            Assert.That(differing, Is.Empty);
            Assert.That(bare, Has.Length.EqualTo(cases.Count));
        }
        finally
        {
            await tab.CloseAsync();
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
