using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// Writes a long PDF a page at a time: each page's content is painted and compressed as soon as the
/// page is full, and only those bytes are kept. What needs the whole document comes last, in
/// <see cref="Write"/>: the fonts (subsets of every character drawn) and each page's header and
/// footer, whose "page X of Y" needs the count, in a second content stream. For a document too long
/// to hold laid out whole, such as a class's instructor key. Deterministic; not thread-safe.
/// </summary>
internal sealed class PagedPdfWriter(PageSetup page)
{
    // Resource names are the face numbers, as in LaidOutPdf: /F0 is always the serif face.
    private static readonly Dictionary<FontFace, string> FontNames = Enum.GetValues<FontFace>().ToDictionary(f => f, f => $"/F{(int)f}");
    private static readonly byte[] SaveState = "q\n"u8.ToArray();
    private static readonly byte[] RestoreState = "Q\n"u8.ToArray();

    private readonly PdfDocumentWriter _pdf = new(page);
    private readonly TaggedStructure _tags = new();
    private readonly SortedDictionary<string, DrawnCharacters> _characters = new(StringComparer.Ordinal);
    private readonly string?[] _stems = new string?[Enum.GetValues<FontFace>().Length];
    private readonly HashSet<FontFace> _faces = [];

    public int PageCount => _pdf.PageCount;

    /// <summary>Adds a page and paints its content now.</summary>
    public void AddPage(IEnumerable<PlacedFragment> content) => Paint(_pdf.AddPage(), content, isContent: true);

    /// <summary>Paints every page's furniture, embeds the fonts and saves.</summary>
    /// <param name="furniture">The header and footer of page number (from 1) of count.</param>
    public void Write(Func<int, int, IEnumerable<PlacedFragment>> furniture, DocumentInfo metadata, Stream output)
    {
        if (_pdf.PageCount == 0) AddPage([]);
        var count = _pdf.PageCount;
        for (var i = 0; i < count; i++) Paint(i, furniture(i + 1, count), isContent: false);
        // In a fixed order (by file), so objects are numbered the same every time.
        var embedded = _characters.ToDictionary(kv => kv.Key, kv => EmbeddedFont.Add(_pdf.File, kv.Key, DejaVuFonts.FontOfStem(kv.Key), kv.Value), StringComparer.Ordinal);
        _pdf.Save(_faces.ToDictionary(face => face, face => embedded[Stem(face)]), _tags, metadata, output);
    }

    /// <param name="isContent">Whether the fragments are the page's content; else its furniture, painted as artifacts.</param>
    private void Paint(int index, IEnumerable<PlacedFragment> fragments, bool isContent)
    {
        var canvas = new PdfContentCanvas(page.Height, FontNames);
        foreach (var placed in fragments)
        {
            foreach (var op in placed.Fragment.Ops)
            {
                if (op is not TextOp t) continue;
                _faces.Add(t.Font.Face);
                var stem = Stem(t.Font.Face);
                if (!_characters.TryGetValue(stem, out var characters)) _characters[stem] = characters = new DrawnCharacters();
                characters.Add(t.Text);
            }
            if (isContent) _tags.Paint(index, placed, canvas);
            else TaggedStructure.PaintArtifact(placed, canvas);
        }
        // A page's content streams are read as one: each restores the graphics state it set, so
        // the furniture's stream starts from the defaults its canvas assumes.
        var written = canvas.Written;
        var bytes = new byte[SaveState.Length + written.Length + RestoreState.Length];
        SaveState.CopyTo(bytes, 0);
        written.CopyTo(bytes.AsSpan(SaveState.Length));
        RestoreState.CopyTo(bytes, SaveState.Length + written.Length);
        _pdf.AddContent(index, bytes, canvas.Faces);
    }

    private string Stem(FontFace face) => _stems[(int)face] ??= DejaVuFonts.Resolve(face).Stem;
}
