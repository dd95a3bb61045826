using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// The document level of a PDF this project writes: the catalog, the page tree and each page with its size,
/// fonts and content streams, the information dictionary and XMP metadata, and the tagging that
/// <see cref="TaggedStructure"/> adds. Page objects are numbered as pages are added and written at the end,
/// when the fonts are known. Deterministic; not thread-safe.
/// </summary>
internal sealed class PdfDocumentWriter
{
    private sealed record Page(int Number, List<int> Contents, SortedSet<FontFace> Faces);

    private readonly List<Page> _pages = [];

    private readonly PageSetup _size;

    /// <summary>The catalog's object number: the first, reserved before anything else is numbered.</summary>
    private readonly int _catalog;

    public PdfDocumentWriter(PageSetup size)
    {
        _size = size;
        _catalog = File.Reserve();
    }

    public PdfFileWriter File { get; } = new();

    public int PageCount => _pages.Count;

    /// <summary>The object number of each page, in order.</summary>
    public IReadOnlyList<int> PageObjects => [.. _pages.Select(p => p.Number)];

    /// <summary>Adds an empty page.</summary>
    /// <returns>Its index, from 0.</returns>
    public int AddPage()
    {
        _pages.Add(new Page(File.Reserve(), [], []));
        return _pages.Count - 1;
    }

    /// <summary>Adds a content stream to page <paramref name="page"/>, deflating it; <paramref name="faces"/> are the fonts it draws with.</summary>
    public void AddContent(int page, ReadOnlySpan<byte> content, IEnumerable<FontFace> faces)
    {
        _pages[page].Contents.Add(File.AddDeflated(EmbeddedFont.Deflate(content)));
        _pages[page].Faces.UnionWith(faces);
    }

    /// <summary>Writes the pages, the tagging, the catalog and the metadata, and saves the file.</summary>
    /// <param name="fonts">The Type0 font object of each face drawn with.</param>
    public void Save(IReadOnlyDictionary<FontFace, int> fonts, TaggedStructure tags, DocumentInfo info, Stream output)
    {
        if (_pages.Count == 0) AddPage();
        var syntax = new PdfSyntax();
        var pageTree = File.Reserve();
        for (var i = 0; i < _pages.Count; i++)
        {
            var page = _pages[i];
            syntax.Clear();
            syntax.Raw("<</Type/Page/Parent").Ref(pageTree).Raw("/MediaBox[0 0").Real(_size.Width, 2).Real(_size.Height, 2).Raw("]/Resources<</Font<<");
            // Resource names are the face numbers: /F0 is always the serif face, and so on.
            foreach (var face in page.Faces) syntax.Raw("/F").Raw(((int)face).ToString(System.Globalization.CultureInfo.InvariantCulture)).Ref(fonts[face]);
            syntax.Raw(">>>>/Contents");
            if (page.Contents.Count == 1) syntax.Ref(page.Contents[0]);
            else
            {
                syntax.Raw("[");
                foreach (var content in page.Contents) syntax.Ref(content);
                syntax.Raw("]");
            }
            // The page's entry in the structure tree's parent tree, and its tab order following the structure.
            syntax.Raw("/StructParents").Int(i).Raw("/Tabs/S>>");
            File.Set(page.Number, syntax.Written);
        }
        syntax.Clear();
        syntax.Raw("<</Type/Pages/Count").Int(_pages.Count).Raw("/Kids[");
        foreach (var page in _pages) syntax.Ref(page.Number);
        File.Set(pageTree, syntax.Raw("]>>").Written);

        var catalog = new PdfSyntax();
        catalog.Raw("<</Type/Catalog/Pages").Ref(pageTree);
        tags.Finish(File, PageObjects, _size.Height, info, catalog);
        catalog.Raw("/Metadata").Ref(PdfMetadata.WriteXmp(File, info)).Raw(">>");
        File.Set(_catalog, catalog.Written);
        File.Save(output, _catalog, PdfMetadata.WriteInfo(File, info), PdfMetadata.FileIdentifier(info));
    }
}
