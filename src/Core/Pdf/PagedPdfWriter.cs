using DeepExam.Documents;
using DeepExam.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace DeepExam.Pdf;

/// <summary>
/// Writes a long PDF a page at a time: each page's content is painted and compressed as soon as the
/// page is full, and only those bytes are kept. What needs the whole document comes last, in
/// <see cref="Write"/>: the fonts (subsets of every character drawn) and each page's header and
/// footer, whose "page X of Y" needs the count, in a second content stream. For a document too long
/// to hold laid out whole, such as a class's instructor key. Deterministic; not thread-safe.
/// </summary>
internal sealed class PagedPdfWriter(PageSetup page) : IDisposable
{
    // Resource names are the face numbers, as in LaidOutPdf: /F0 is always the serif face.
    private static readonly Dictionary<FontFace, string> FontNames = Enum.GetValues<FontFace>().ToDictionary(f => f, f => $"/F{(int)f}");
    private static readonly byte[] SaveState = "q\n"u8.ToArray();
    private static readonly byte[] RestoreState = "Q\n"u8.ToArray();

    private readonly PdfDocument _pdf = ReproduciblePdf.Create();
    private readonly List<(PdfPage Page, SortedSet<FontFace> Faces)> _pages = [];
    private readonly TaggedStructure _tags = new();
    private readonly SortedDictionary<string, HashSet<char>> _characters = new(StringComparer.Ordinal);
    private readonly string?[] _stems = new string?[Enum.GetValues<FontFace>().Length];

    public int PageCount => _pages.Count;

    /// <summary>Adds a page and paints its content now.</summary>
    public void AddPage(IEnumerable<PlacedFragment> content)
    {
        var pdfPage = _pdf.AddPage();
        pdfPage.Width = XUnit.FromPoint(page.Width);
        pdfPage.Height = XUnit.FromPoint(page.Height);
        var faces = new SortedSet<FontFace>();
        _pages.Add((pdfPage, faces));
        Paint(pdfPage, content, faces, _pages.Count - 1);
    }

    /// <summary>Paints every page's furniture, embeds the fonts and saves.</summary>
    /// <param name="furniture">The header and footer of page number (from 1) of count.</param>
    public void Write(Func<int, int, IEnumerable<PlacedFragment>> furniture, DocumentInfo metadata, Stream output)
    {
        if (_pages.Count == 0) AddPage([]);
        for (var i = 0; i < _pages.Count; i++) Paint(_pages[i].Page, furniture(i + 1, _pages.Count), _pages[i].Faces, null);
        // In a fixed order (by file), so objects are numbered the same every time.
        var embedded = _characters.ToDictionary(kv => kv.Key, kv => EmbeddedFont.Add(_pdf, kv.Key, DejaVuFonts.FontOfStem(kv.Key), kv.Value), StringComparer.Ordinal);
        foreach (var (pdfPage, faces) in _pages)
        {
            var fonts = new PdfDictionary(_pdf);
            foreach (var face in faces) fonts.Elements.SetReference(FontNames[face], embedded[Stem(face)]);
            pdfPage.Resources.Elements["/Font"] = fonts;
        }
        _tags.Finish(_pdf, [.. _pages.Select(p => p.Page)], metadata);
        ReproduciblePdf.Save(_pdf, metadata, output);
    }

    /// <param name="contentOf">The page's index (from 0) when the fragments are its content; null for its furniture, painted as artifacts.</param>
    private void Paint(PdfPage pdfPage, IEnumerable<PlacedFragment> fragments, SortedSet<FontFace> faces, int? contentOf)
    {
        var canvas = new PdfContentCanvas(page.Height, FontNames);
        foreach (var placed in fragments)
        {
            foreach (var op in placed.Fragment.Ops)
            {
                if (op is not TextOp t) continue;
                faces.Add(t.Font.Face);
                var stem = Stem(t.Font.Face);
                if (!_characters.TryGetValue(stem, out var characters)) _characters[stem] = characters = [];
                characters.UnionWith(t.Text);
            }
            if (contentOf is { } index) _tags.Paint(index, placed, canvas);
            else TaggedStructure.PaintArtifact(placed, canvas);
        }
        // A page's content streams are read as one: each restores the graphics state it set, so
        // the furniture's stream starts from the defaults its canvas assumes.
        var written = canvas.Written;
        var bytes = new byte[SaveState.Length + written.Length + RestoreState.Length];
        SaveState.CopyTo(bytes, 0);
        written.CopyTo(bytes.AsSpan(SaveState.Length));
        RestoreState.CopyTo(bytes, SaveState.Length + written.Length);
        var content = pdfPage.Contents.AppendContent();
        content.CreateStream(EmbeddedFont.Deflate(bytes));
        content.Elements.SetName("/Filter", "/FlateDecode");
    }

    private string Stem(FontFace face) => _stems[(int)face] ??= DejaVuFonts.Resolve(face).Stem;

    public void Dispose() => _pdf.Dispose();
}
