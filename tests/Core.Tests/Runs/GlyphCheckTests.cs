using DeepExam.Builtins;
using DeepExam.Runs;
using DeepExam.Templates;
using DeepExam.Templates.Loading;

namespace DeepExam.Tests.Runs;

public class GlyphCheckTests
{
    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DeepExam.Pdf.DejaVuFonts.AreInstalled) Assert.Ignore("the check reads the DejaVu fonts' character maps");
    }

    private static TemplateReport Validate(string statement)
    {
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(
            "schema: 2\nid: t\ntitle: T\nparameters: { N: { int: [1, 5] } }\nstatement: |\n" + string.Concat(statement.Split('\n').Select(l => "  " + l + "\n")) +
            "parts:\n  - { id: a, prompt: x, kind: integer, answer: N, points: 1 }\n", "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return TemplateValidation.Validate(loaded.Template!, samples: 5);
    }

    [Test]
    public void Symbols_DejaVu_Serif_lacks_written_as_TeX_print_from_a_face_that_has_them()
    {
        var report = Validate("The optimum $w^\\star$ minimises $\\mathcal{L}(w) = \\ell(w)$ over $A \\setminus \\emptyset$, with $a \\ll b$ and $x \\not< {{N}}$.");
        Assert.That(report.Errors.Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void A_character_no_DejaVu_face_has_is_an_error_at_its_line_naming_it()
    {
        var report = Validate("A layer.\nIts name is 中 in the paper 😀.");
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:7:15: error DX0303: [t] statement: '中' (U+4E2D) has no glyph in DejaVuSerif, the face it is set in, so it would print as an empty box; no DejaVu face has one",
            "t.yaml:7:30: error DX0303: [t] statement: '😀' (U+1F600) has no glyph in DejaVuSerif, the face it is set in, so it would print as an empty box; no DejaVu face has one",
        }));
    }

    [Test]
    public void A_symbol_typed_into_text_set_in_a_face_without_it_names_the_TeX_command_that_prints_it()
    {
        var report = Validate("The optimum w⋆.\n\n**Bold ℓ**, `code ⋆`, and $w^⋆$.");
        Assert.That(report.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "t.yaml:6:16: error DX0303: [t] statement: '⋆' (U+22C6) has no glyph in DejaVuSerif, the face it is set in, so it would print as an empty box; in math, write \\star, which is set in a face that has it",
            "t.yaml:8:10: error DX0303: [t] statement: 'ℓ' (U+2113) has no glyph in DejaVuSerif-Bold, the face it is set in, so it would print as an empty box; in math, write \\ell, which is set in a face that has it",
        }), "the code span is set in DejaVu Sans Mono, which has ⋆; the ⋆ typed in math is the serif's, reported with the first");
    }
}
