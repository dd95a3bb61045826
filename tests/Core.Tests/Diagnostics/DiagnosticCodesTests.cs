using System.Text.RegularExpressions;
using DeepExam.Diagnostics;

namespace DeepExam.Tests.Diagnostics;

public partial class DiagnosticCodesTests
{
    private static string ValidateSection()
    {
        var format = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "exercise-format.md")).ReplaceLineEndings("\n");
        var start = format.IndexOf("## Checking your exercise", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0));
        var end = format.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return end < 0 ? format[start..] : format[start..end];
    }

    [Test]
    public void Every_code_has_a_row_in_the_table_of_the_validate_section_of_the_exercise_format()
    {
        var rows = TableRow().Matches(ValidateSection()).Select(m => m.Groups[1].Value).ToList();
        Assert.That(rows, Is.EquivalentTo(DiagnosticCodes.All), "docs/exercise-format.md#checking-your-exercise lists exactly the codes there are");
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
}
