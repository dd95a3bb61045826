using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// Writes laid-out pages as a PDF: the page content streams come from <see cref="PdfContentCanvas"/>, the
/// fonts from <see cref="EmbeddedFont"/>, the file from <see cref="PdfDocumentWriter"/>. Deterministic: the
/// dates come from the metadata and the identifiers are hashes of its identity.
/// </summary>
public static class LaidOutPdf
{
    /// <param name="documentStarts">Where each document of a file that holds several starts (page indices from 0), for the page labels; empty for one.</param>
    public static void Write(LaidOutDocument document, DocumentInfo metadata, Stream output, IReadOnlyList<int>? documentStarts = null)
    {
        var pdf = new PdfDocumentWriter(document.Page);
        var tags = new TaggedStructure();
        foreach (var start in documentStarts ?? []) tags.StartDocument(start);

        var fonts = EmbedFonts(pdf.File, document);
        var names = fonts.Keys.ToDictionary(face => face, face => $"/F{(int)face}");
        foreach (var page in document.Pages)
        {
            var index = pdf.AddPage();
            var canvas = new PdfContentCanvas(document.Page.Height, names);
            foreach (var placed in page.Content) tags.Paint(index, placed, canvas);
            foreach (var placed in page.Furniture) TaggedStructure.PaintArtifact(placed, canvas);
            pdf.AddContent(index, canvas.Written, canvas.Faces);
        }
        pdf.Save(fonts, tags, metadata, output);
    }

    /// <summary>
    /// Embeds each font file the document draws with, once, as a subset of the characters drawn
    /// with it. Faces that resolve to one file (an italic simulated from the regular face) share it.
    /// </summary>
    private static Dictionary<FontFace, int> EmbedFonts(PdfFileWriter file, LaidOutDocument document)
    {
        var characters = new SortedDictionary<string, DrawnCharacters>(StringComparer.Ordinal);
        // The set each face's text goes into, by face number: faces that share a file share a set.
        var setOf = new DrawnCharacters?[Enum.GetValues<FontFace>().Length];
        var faces = new Dictionary<FontFace, string>();
        foreach (var page in document.Pages)
            foreach (var placed in page.All)
                foreach (var op in placed.Fragment.Ops)
                {
                    if (op is not TextOp t) continue;
                    if (setOf[(int)t.Font.Face] is not { } set)
                    {
                        var stem = faces[t.Font.Face] = DejaVuFonts.Resolve(t.Font.Face).Stem;
                        if (!characters.TryGetValue(stem, out set)) characters[stem] = set = new DrawnCharacters();
                        setOf[(int)t.Font.Face] = set;
                    }
                    set.Add(t.Text);
                }
        // In a fixed order (by file), so objects are numbered the same every time.
        var embedded = characters.ToDictionary(kv => kv.Key, kv => EmbeddedFont.Add(file, kv.Key, DejaVuFonts.FontOfStem(kv.Key), kv.Value), StringComparer.Ordinal);
        return faces.ToDictionary(kv => kv.Key, kv => embedded[kv.Value]);
    }
}
