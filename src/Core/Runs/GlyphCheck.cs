using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DeepExam.Diagnostics;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Layout;
using DeepExam.Layout.Formulas;
using DeepExam.Pdf;
using DeepExam.Templates;

namespace DeepExam.Runs;

/// <summary>
/// <c>validate</c>'s check that every character a variant's text draws has a glyph in the face it is set in: the text
/// is laid out as the sheets lay it out, and each character of what would be drawn is looked up in the character map
/// of its DejaVu face. A character that face lacks would print as an empty box; it is an error (DX0303) at the line
/// that writes it, naming it, and saying which face has it (and the TeX command that sets it, where there is one).
/// </summary>
public static class GlyphCheck
{
    // As wide as no text is, so nothing is too wide and every line is one: the characters drawn are the same.
    private const double Unbounded = 1e6;

    /// <param name="blocks">The text's document, converted from <see cref="RenderedText.Rendered"/>.</param>
    /// <param name="report">Takes each problem and a key under which repeats of it count once.</param>
    public static void Check(ExerciseTemplate template, RenderedText text, ImmutableArray<Block> blocks, Action<Diagnostic, string> report)
    {
        // Without the fonts there are no character maps; generate says so then.
        if (!DejaVuFonts.AreInstalled) return;
        ImmutableArray<FlowItem> flow;
        try
        {
            flow = new BlockLayout(PdfTextMeasurer.Instance, LayoutStyle.Default).Flow(blocks, Unbounded);
        }
        catch (LayoutException)
        {
            // A figure that cannot be drawn: the figure check reports it.
            return;
        }
        foreach (var (character, face) in GlyphCoverage.Missing(flow.SelectMany(f => f.Fragment.Ops)))
        {
            var (location, command) = Where(text.Source, character);
            report(new Diagnostic(location, template.Id, $"{text.What}: {Describe(character, command)} has no glyph in {GlyphCoverage.FontName(face)}, " +
                $"the face it is set in, so it would print as an empty box; {Remedy(character)}", DiagnosticCodes.MissingGlyph),
                $"glyph|{character.Value}|{face}");
        }
    }

    /// <summary>"'⋆' (U+22C6)", or "'ℒ' (U+2112, \mathcal)" when it was written as that command.</summary>
    private static string Describe(Rune character, string? command) =>
        string.Create(CultureInfo.InvariantCulture, $"'{character}' (U+{character.Value:X4}{(command is null ? "" : ", " + command)})");

    /// <summary>Where the character is written, as itself or as a TeX command that sets it; the text's location when neither is found.</summary>
    private static (SourceLocation Location, string? Command) Where(TextTemplate source, Rune character)
    {
        var itself = character.ToString();
        if (TextPosition.Find(source, itself) is { } written) return (written, null);
        foreach (var command in Commands(itself))
            if (TextPosition.Find(source, command) is { } location) return (location, command);
        return (source.Location, null);
    }

    /// <summary>The TeX commands that set the character (\star, \mathcal, \not), with their backslash.</summary>
    private static IEnumerable<string> Commands(string character)
    {
        var commands = TexSymbols.CommandsFor(character).Select(c => "\\" + c);
        return character is "≠" or "∉" or "≮" or "≯" or "≰" or "≱" or "⊈" or "≁" or "≢" ? commands.Append("\\not") : commands;
    }

    /// <summary>What to do: the TeX command that sets the character in a face that has it, or which face has it, or that none has.</summary>
    private static string Remedy(Rune character)
    {
        var faces = GlyphCoverage.FacesWith(character).ToList();
        if (faces.Count == 0) return "no DejaVu face has one";
        var symbols = TexSymbols.CommandsFor(character.ToString())
            .Where(c => TexSymbols.TryGet(c, out var atom) && GlyphCoverage.Has(MathTypesetter.FaceOf(atom.Variant), character))
            .Select(c => "\\" + c).ToList();
        return symbols.Count == 0
            ? $"{GlyphCoverage.FontName(faces[0])} has one"
            : $"in math, write {string.Join(" or ", symbols)}, which is set in a face that has it";
    }
}
