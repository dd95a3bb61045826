using System.Text.RegularExpressions;
using DeepExam.Diagnostics;

namespace DeepExam.Tests.Diagnostics;

public partial class DiagnosticCodesTests
{
    private static string CodesSection()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "diagnostics.md")).ReplaceLineEndings("\n");
        var start = page.IndexOf("## The codes", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "docs/diagnostics.md has a section 'The codes'");
        var end = page.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    [Test]
    public void Every_code_is_documented_and_every_documented_code_exists()
    {
        var rows = TableRow().Matches(CodesSection()).Select(m => m.Groups[1].Value).ToList();
        Assert.That(DiagnosticCodes.All.Except(rows), Is.Empty, "codes in DiagnosticCodes without a row in docs/diagnostics.md");
        Assert.That(rows.Except(DiagnosticCodes.All), Is.Empty, "rows in docs/diagnostics.md for codes DiagnosticCodes does not define");
        Assert.That(rows, Is.Unique, "one row per code");
    }

    [Test]
    public void Every_code_the_exercise_format_names_exists()
    {
        var format = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "exercise-format.md"));
        var named = Code().Matches(format).Select(m => m.Value).Distinct();
        Assert.That(named.Except(DiagnosticCodes.All), Is.Empty);
    }

    [Test]
    public void Codes_are_distinct_and_read_DX_and_four_digits()
    {
        Assert.That(DiagnosticCodes.All, Is.Unique);
        Assert.That(DiagnosticCodes.All, Has.All.Match("^DX[0-9]{4}$"));
    }

    [Test]
    public void A_code_is_printed_after_error_as_a_compiler_prints_it()
    {
        var coded = new Diagnostic(new SourceLocation("x.yaml", 12, 7), "x", "no variant met the constraints", DiagnosticCodes.ConstraintsNeverMet);
        var plain = coded with { Code = null };
        Assert.That(coded.ToString(), Is.EqualTo("x.yaml:12:7: error DX0101: [x] no variant met the constraints"));
        Assert.That(plain.ToString(), Is.EqualTo("x.yaml:12:7: error: [x] no variant met the constraints"));
    }

    [GeneratedRegex(@"^\| `(DX\d+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\bDX\d{4}\b")]
    private static partial Regex Code();
}
