using System.Text;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// Which characters laid-out text draws that the DejaVu face it is set in has no glyph for: such a character prints
/// as an empty box (the font's .notdef). Read from each face's own character map, the one the PDF embeds.
/// </summary>
public static class GlyphCoverage
{
    /// <summary>Whether the face has a glyph for the character (the faces map only the Basic Multilingual Plane).</summary>
    public static bool Has(FontFace face, Rune character) =>
        character.IsBmp && DejaVuFonts.Font(face).HasGlyph((char)character.Value);

    /// <summary>The faces that have a glyph for the character, in the order of <see cref="FontFace"/>.</summary>
    public static IEnumerable<FontFace> FacesWith(Rune character) => Enum.GetValues<FontFace>().Where(f => Has(f, character));

    /// <summary>Each character the text ops draw that their face has no glyph for, with that face, once each, in order of appearance.</summary>
    public static IEnumerable<(Rune Character, FontFace Face)> Missing(IEnumerable<DrawOp> ops)
    {
        var seen = new HashSet<(Rune, FontFace)>();
        foreach (var op in ops)
        {
            if (op is not TextOp text) continue;
            foreach (var character in text.Text.EnumerateRunes())
                if (!Has(text.Font.Face, character) && seen.Add((character, text.Font.Face)))
                    yield return (character, text.Font.Face);
        }
    }

    /// <summary>The name of the font file a face is drawn from: "DejaVuSerif", "DejaVuSerif-Italic".</summary>
    public static string FontName(FontFace face) => DejaVuFonts.Resolve(face).Stem;
}
