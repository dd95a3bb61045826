using DeepExam.Documents;
using DeepExam.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace DeepExam.Pdf;

/// <summary>
/// Writes laid-out pages as a PDF. PDFsharp builds and saves the file (pages, document information,
/// cross-references); the page content streams come from <see cref="PdfContentCanvas"/> and the
/// fonts from <see cref="EmbeddedFont"/>, because PDFsharp's own text drawing and font subsetting
/// cost more per document than a class of a thousand can afford. Deterministic: the dates come from
/// the metadata, the file identifier is a hash of its identity, and <see cref="ReproduciblePdf"/>
/// replaces the XMP ids PDFsharp draws at random.
/// </summary>
public static class LaidOutPdf
{
    /// <param name="documentStarts">Where each document of a file that holds several starts (page indices from 0), for the page labels; empty for one.</param>
    public static void Write(LaidOutDocument document, DocumentInfo metadata, Stream output, IReadOnlyList<int>? documentStarts = null)
    {
        using var pdf = ReproduciblePdf.Create();
        var tags = new TaggedStructure();
        foreach (var start in documentStarts ?? []) tags.StartDocument(start);
        var pdfPages = new List<PdfPage>(document.Pages.Length);

        var fonts = EmbedFonts(pdf, document);
        foreach (var page in document.Pages)
        {
            var pdfPage = pdf.AddPage();
            pdfPages.Add(pdfPage);
            pdfPage.Width = XUnit.FromPoint(document.Page.Width);
            pdfPage.Height = XUnit.FromPoint(document.Page.Height);
            // Resource names are the face numbers: /F0 is always the serif face, and so on.
            var names = new Dictionary<FontFace, string>();
            var fontResources = new PdfDictionary(pdf);
            foreach (var face in FacesOn(page))
            {
                names[face] = $"/F{(int)face}";
                fontResources.Elements.SetReference(names[face], fonts[face]);
            }
            pdfPage.Resources.Elements["/Font"] = fontResources;
            var canvas = new PdfContentCanvas(document.Page.Height, names);
            foreach (var placed in page.Content) tags.Paint(pdfPages.Count - 1, placed, canvas);
            foreach (var placed in page.Furniture) TaggedStructure.PaintArtifact(placed, canvas);
            var content = pdfPage.Contents.AppendContent();
            content.CreateStream(EmbeddedFont.Deflate(canvas.Written));
            content.Elements.SetName("/Filter", "/FlateDecode");
        }

        tags.Finish(pdf, pdfPages, metadata);
        ReproduciblePdf.Save(pdf, metadata, output);
    }

    /// <summary>
    /// Embeds each font file the document draws with, once, as a subset of the characters drawn
    /// with it. Faces that resolve to one file (an italic simulated from the regular face) share it.
    /// </summary>
    private static Dictionary<FontFace, PdfDictionary> EmbedFonts(PdfDocument pdf, LaidOutDocument document)
    {
        var characters = new SortedDictionary<string, HashSet<char>>(StringComparer.Ordinal);
        var faces = new Dictionary<FontFace, string>();
        foreach (var page in document.Pages)
            foreach (var placed in page.All)
                foreach (var op in placed.Fragment.Ops)
                {
                    if (op is not TextOp t) continue;
                    if (!faces.TryGetValue(t.Font.Face, out var stem))
                    {
                        faces[t.Font.Face] = stem = DejaVuFonts.Resolve(t.Font.Face).Stem;
                        if (!characters.ContainsKey(stem)) characters[stem] = [];
                    }
                    characters[stem].UnionWith(t.Text);
                }
        // In a fixed order (by file), so objects are numbered the same every time.
        var embedded = characters.ToDictionary(kv => kv.Key, kv => EmbeddedFont.Add(pdf, kv.Key, DejaVuFonts.FontOfStem(kv.Key), kv.Value), StringComparer.Ordinal);
        return faces.ToDictionary(kv => kv.Key, kv => embedded[kv.Value]);
    }

    private static IEnumerable<FontFace> FacesOn(LaidOutPage page) =>
        page.All.SelectMany(p => p.Fragment.Ops).OfType<TextOp>().Select(t => t.Font.Face).Distinct().Order();
}
