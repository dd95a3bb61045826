using System.Reflection;
using System.Text.RegularExpressions;
using DeepExam.Diagnostics;

namespace DeepExam.Tests.Diagnostics;

public partial class DiagnosticCodesTests
{
    private static IEnumerable<string> Ids => DiagnosticCodes.All.Select(c => c.Id);

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
        Assert.That(Ids.Except(rows), Is.Empty, "codes in DiagnosticCodes without a row in docs/diagnostics.md");
        Assert.That(rows.Except(Ids), Is.Empty, "rows in docs/diagnostics.md for codes DiagnosticCodes does not define");
        Assert.That(rows, Is.Unique, "one row per code");
    }

    [Test]
    public void The_documented_codes_are_in_the_order_of_the_registry()
    {
        var rows = TableRow().Matches(CodesSection()).Select(m => m.Groups[1].Value);
        Assert.That(rows, Is.EqualTo(Ids));
    }

    [TestCase("exercise-format.md")]
    [TestCase("authoring.md")]
    [TestCase("tool.md")]
    public void Every_code_a_page_names_exists(string page)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", page));
        var named = Code().Matches(text).Select(m => m.Value).Distinct();
        Assert.That(named.Except(Ids), Is.Empty);
    }

    [Test]
    public void Codes_are_distinct_and_read_DX_and_four_digits()
    {
        Assert.That(Ids, Is.Unique);
        Assert.That(Ids, Has.All.Match("^DX[0-9]{4}$"));
    }

    [Test]
    public void All_lists_every_code_the_registry_defines_once_in_the_order_written()
    {
        var fields = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => (DiagnosticCode)f.GetValue(null)!);
        Assert.That(DiagnosticCodes.All, Is.EqualTo(fields));
    }

    /// <summary>
    /// A diagnostic cannot be made without a code (the parameter is required and only the registry makes codes), so
    /// what is left to check is the other way: a code no error is given any more is a row in the docs for nothing.
    /// </summary>
    [Test]
    public void Every_code_is_given_to_some_error_in_the_source()
    {
        var source = Path.Combine(TestPaths.Repository, "src");
        var used = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && Path.GetFileName(f) != "DiagnosticCodes.cs")
            .SelectMany(f => CodeUse().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        var names = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode)).Select(f => f.Name);
        Assert.That(names.Where(n => !used.Contains(n)), Is.Empty, "codes no error in src/ is given");
    }

    [Test]
    public void A_code_is_printed_after_error_as_a_compiler_prints_it()
    {
        var coded = new Diagnostic(new SourceLocation("x.yaml", 12, 7), "x", "no variant met the constraints", DiagnosticCodes.ConstraintsNeverMet);
        var subjectless = coded with { Subject = null };
        Assert.That(coded.ToString(), Is.EqualTo("x.yaml:12:7: error DX0101: [x] no variant met the constraints"));
        Assert.That(subjectless.ToString(), Is.EqualTo("x.yaml:12:7: error DX0101: no variant met the constraints"));
    }

    [GeneratedRegex(@"^\| `(DX\d+)` \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\bDX\d{4}\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"\bDiagnosticCodes\.([A-Za-z]+)\b")]
    private static partial Regex CodeUse();
}
