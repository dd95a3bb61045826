using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// Makes a PDF navigable and accessible from the roles layout gave its fragments. While pages are
/// painted it wraps each fragment in marked content (content with an id, furniture and rules as
/// artifacts) and remembers what each id is; <see cref="Finish"/> then writes the structure tree
/// (headings, paragraphs, lists, tables, figures with their description, formulas with their linear
/// form), its parent tree, the outline (a document's title and its exercises, or a key's
/// students), the page labels, the language and the MarkInfo that says the file is tagged.
/// Deterministic: everything is written in the order it was painted. Not thread-safe.
/// </summary>
internal sealed class TaggedStructure
{
    /// <summary>
    /// A run of a fragment painted as marked content: its page (from 0), its id there, the fragment's
    /// role and top, which fragment it was (a count), and the role of the span it is, if it is one.
    /// </summary>
    private sealed record Marked(int Page, int Mcid, FragmentRole Role, double Top, int Fragment, FragmentRole? Part);

    private readonly List<Marked> _marked = [];
    private readonly List<int> _nextMcid = [];
    private readonly List<int> _documentStarts = [];
    private int _fragments;

    /// <summary>Says that a new document of a multi-document file starts on page <paramref name="page"/> (from 0): its page labels restart.</summary>
    public void StartDocument(int page) => _documentStarts.Add(page);

    /// <summary>Paints a content fragment on page <paramref name="page"/> (from 0) as marked content, each of its spans on its own.</summary>
    public void Paint(int page, PlacedFragment placed, PdfContentCanvas canvas)
    {
        var fragment = placed.Fragment;
        if (fragment.Ops.IsEmpty) return;
        if (fragment.Role.Kind == FragmentKind.Artifact)
        {
            PaintArtifact(placed, canvas);
            return;
        }
        var index = _fragments++;
        var at = 0;
        foreach (var span in fragment.Spans)
        {
            if (span.Start > at) PaintOwn(page, placed, canvas, at, span.Start - at, index);
            if (span.Count > 0) PaintRun(page, placed, canvas, span.Start, span.Count, index, span.Role);
            at = span.Start + span.Count;
        }
        if (at < fragment.Ops.Length) PaintOwn(page, placed, canvas, at, fragment.Ops.Length - at, index);
    }

    /// <summary>Ops outside every span: the fragment's own content, except a table row's rules and shading, which are decoration.</summary>
    private void PaintOwn(int page, PlacedFragment placed, PdfContentCanvas canvas, int start, int count, int index)
    {
        if (placed.Fragment.Role.Kind is FragmentKind.TableRow or FragmentKind.TableHeaderRow)
        {
            canvas.BeginArtifact();
            FragmentPainter.Paint(placed, canvas, start, count);
            canvas.EndMarkedContent();
        }
        else PaintRun(page, placed, canvas, start, count, index, null);
    }

    private void PaintRun(int page, PlacedFragment placed, PdfContentCanvas canvas, int start, int count, int index, FragmentRole? part)
    {
        var role = part ?? placed.Fragment.Role;
        if (role.Kind == FragmentKind.Artifact)
        {
            canvas.BeginArtifact();
            FragmentPainter.Paint(placed, canvas, start, count);
            canvas.EndMarkedContent();
            return;
        }
        while (_nextMcid.Count <= page) _nextMcid.Add(0);
        var mcid = _nextMcid[page]++;
        _marked.Add(new Marked(page, mcid, placed.Fragment.Role, placed.Y, index, part));
        // A formula's content is a Span: text extraction (poppler's pdftotext) reads ActualText only
        // there, and then gives the formula's linear form, a matrix row by row; the structure element says Formula.
        if (role.Kind == FragmentKind.Formula) canvas.BeginMarkedContent("Span", mcid, role.Text);
        else canvas.BeginMarkedContent(StructureType(role), mcid, null);
        FragmentPainter.Paint(placed, canvas, start, count);
        canvas.EndMarkedContent();
    }

    /// <summary>Paints page furniture (running heads, page numbers), which is never content.</summary>
    public static void PaintArtifact(PlacedFragment placed, PdfContentCanvas canvas)
    {
        if (placed.Fragment.Ops.IsEmpty) return;
        canvas.BeginArtifact();
        FragmentPainter.Paint(placed, canvas);
        canvas.EndMarkedContent();
    }

    /// <summary>
    /// Writes the structure tree, outline, page labels and language into <paramref name="file"/>, whose pages are the
    /// objects <paramref name="pages"/>, and the catalog's entries for them into <paramref name="catalog"/>.
    /// </summary>
    public void Finish(PdfFileWriter file, IReadOnlyList<int> pages, double pageHeight, DocumentInfo info, PdfSyntax catalog)
    {
        catalog.Raw("/Lang").Text(info.Language).Raw("/MarkInfo<</Marked true>>/ViewerPreferences<</DisplayDocTitle true>>");
        WritePageLabels(pages.Count, catalog);
        catalog.Raw("/StructTreeRoot").Ref(WriteStructureTree(file, pages));
        if (WriteOutline(file, pages, pageHeight) is { } outline) catalog.Raw("/Outlines").Ref(outline).Raw("/PageMode/UseOutlines");
    }

    private void WritePageLabels(int pageCount, PdfSyntax catalog)
    {
        // One document: pages 1, 2, … as its footer counts them. Several: each restarts at 1,
        // prefixed with its number ("2-1"), so no two pages share a label.
        var starts = _documentStarts.Count > 1 ? _documentStarts : [0];
        catalog.Raw("/PageLabels<</Nums[");
        for (var i = 0; i < starts.Count; i++)
        {
            if (starts[i] >= pageCount) break;
            catalog.Int(starts[i]).Raw("<</S/D");
            if (starts.Count > 1) catalog.Raw("/P").Text($"{i + 1}-");
            catalog.Raw(">>");
        }
        catalog.Raw("]>>");
    }

    /// <summary>An outline entry: a heading and where it is, with the entries under it.</summary>
    private sealed record OutlineEntry(string Title, int Page, double Top, List<OutlineEntry> Children)
    {
        public int Number { get; set; }
    }

    /// <returns>The outline dictionary's object number; null when the document has no headings for it.</returns>
    private int? WriteOutline(PdfFileWriter file, IReadOnlyList<int> pages, double pageHeight)
    {
        var top = new List<OutlineEntry>();
        OutlineEntry? title = null;
        foreach (var m in _marked)
        {
            if (m.Part is not null || m.Role.Kind != FragmentKind.Heading || m.Role.Continues || m.Role.Level > 2 || m.Role.Text.Length == 0) continue;
            var entry = new OutlineEntry(m.Role.Text, m.Page, pageHeight - m.Top, []);
            // A title (level 1) holds the exercises after it; a key's students, with no title, stand at the top.
            if (m.Role.Level == 1 || title is null)
            {
                top.Add(entry);
                if (m.Role.Level == 1) title = entry;
            }
            else title.Children.Add(entry);
        }
        if (top.Count == 0) return null;
        var root = file.Reserve();
        Number(top);
        var syntax = new PdfSyntax();
        WriteEntries(top, root);
        // Every entry is open, so the count is of all entries.
        syntax.Clear();
        syntax.Raw("<</Type/Outlines/First").Ref(top[0].Number).Raw("/Last").Ref(top[^1].Number).Raw("/Count").Int(top.Count + top.Sum(e => e.Children.Count)).Raw(">>");
        file.Set(root, syntax.Written);
        return root;

        void Number(List<OutlineEntry> entries)
        {
            foreach (var entry in entries)
            {
                entry.Number = file.Reserve();
                Number(entry.Children);
            }
        }

        void WriteEntries(List<OutlineEntry> entries, int parent)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                syntax.Clear();
                syntax.Raw("<</Title").Text(entry.Title).Raw("/Parent").Ref(parent);
                if (i > 0) syntax.Raw("/Prev").Ref(entries[i - 1].Number);
                if (i + 1 < entries.Count) syntax.Raw("/Next").Ref(entries[i + 1].Number);
                if (entry.Children.Count > 0)
                    syntax.Raw("/First").Ref(entry.Children[0].Number).Raw("/Last").Ref(entry.Children[^1].Number).Raw("/Count").Int(entry.Children.Count);
                syntax.Raw("/Dest[").Ref(pages[entry.Page]).Raw("/XYZ 0").Real(entry.Top, 2).Raw(" null]>>");
                file.Set(entry.Number, syntax.Written);
                WriteEntries(entry.Children, entry.Number);
            }
        }
    }

    /// <summary>A structure element while the tree is built; written as a dictionary at the end.</summary>
    private sealed class Element(string type, Element? parent, FragmentRole? role)
    {
        public string Type { get; } = type;
        public Element? Parent { get; } = parent;
        public FragmentRole? Role { get; } = role;
        public List<object> Kids { get; } = [];
        public int FirstPage { get; set; } = -1;
        public int Number { get; set; }

        public Element Add(string childType, FragmentRole? childRole = null)
        {
            var child = new Element(childType, this, childRole);
            Kids.Add(child);
            return child;
        }
    }

    /// <returns>The structure tree root's object number.</returns>
    private int WriteStructureTree(PdfFileWriter file, IReadOnlyList<int> pages)
    {
        var document = new Element("Document", null, null);
        var byPage = pages.Select(_ => new List<Element>()).ToList();
        Element? last = null;
        Element? list = null;
        Element? listItem = null;
        Element? table = null;
        var previousItem = -1;
        Element? current = null;
        var currentFragment = -1;
        foreach (var m in _marked)
        {
            if (m.Fragment != currentFragment)
            {
                current = ElementOf(m.Role);
                currentFragment = m.Fragment;
            }
            var holder = current!;
            if (m.Part is { } part)
            {
                // A span continues the span before it in the same fragment (a paragraph's next line in a box), or starts a child.
                holder = part.Continues && current!.Kids.Count > 0 && current.Kids[^1] is Element { Role: { } before } previous && before.Kind == part.Kind
                    ? previous
                    : current!.Add(StructureType(part), part);
            }
            holder.Kids.Add(m);
            if (holder.FirstPage < 0) holder.FirstPage = m.Page;
            byPage[m.Page].Add(holder);
        }

        Element ElementOf(FragmentRole role)
        {
            // Lists: consecutive fragments in list items; an item index going back to 0 starts a new list.
            if (role.ListItem < 0) list = listItem = null;
            else
            {
                if (list is null || (role.ListItem == 0 && previousItem != 0)) list = document.Add("L");
                if (listItem is null || role.ListItem != previousItem || listItem.Parent?.Parent != list) listItem = list.Add("LI").Add("LBody");
            }
            previousItem = role.ListItem;
            var parent = listItem ?? document;
            var isRow = role.Kind is FragmentKind.TableRow or FragmentKind.TableHeaderRow;
            if (!isRow) table = null;
            Element element;
            if (isRow)
            {
                if (table is null || !role.Continues || table.Parent != parent) table = parent.Add("Table");
                element = table.Add("TR", role);
            }
            else if (role.Continues && last is { Role: { } lastRole } && lastRole.Kind == role.Kind && last.Parent == parent)
                element = last;
            else element = parent.Add(StructureType(role), role);
            last = element;
            return element;
        }

        // Numbered depth first, in document order, before any is written: an element names its children.
        var root = file.Reserve();
        Number(file, document);
        var syntax = new PdfSyntax();
        Write(file, syntax, document, root, pages);

        syntax.Clear();
        syntax.Raw("<</Type/StructTreeRoot/K").Ref(document.Number).Raw("/ParentTree<</Nums[");
        for (var p = 0; p < pages.Count; p++)
        {
            syntax.Int(p).Raw("[");
            foreach (var element in byPage[p]) syntax.Ref(element.Number);
            syntax.Raw("]");
        }
        syntax.Raw("]>>/ParentTreeNextKey").Int(pages.Count).Raw(">>");
        file.Set(root, syntax.Written);
        return root;
    }

    private static void Number(PdfFileWriter file, Element element)
    {
        element.Number = file.Reserve();
        foreach (var kid in element.Kids)
            if (kid is Element child) Number(file, child);
    }

    /// <summary>Writes an element and its children, depth first, in document order.</summary>
    private static void Write(PdfFileWriter file, PdfSyntax syntax, Element element, int parent, IReadOnlyList<int> pages)
    {
        syntax.Clear();
        // /Type /StructElem is optional and left out: a class's key has tens of thousands of elements.
        syntax.Raw("<</S/").Raw(element.Type).Raw("/P").Ref(parent);
        if (element.FirstPage >= 0) syntax.Raw("/Pg").Ref(pages[element.FirstPage]);
        // A formula's ActualText is on its marked content, where text extraction reads it; the element
        // carries the same words as its alternative text, for screen readers.
        if (element.Role is { Kind: FragmentKind.Figure or FragmentKind.Formula } role) syntax.Raw("/Alt").Text(role.Text);
        syntax.Raw("/K[");
        foreach (var kid in element.Kids)
        {
            if (kid is Element child) syntax.Ref(child.Number);
            else if (kid is Marked m && m.Page == element.FirstPage) syntax.Int(m.Mcid);
            // Content continued on a later page names its page.
            else if (kid is Marked other) syntax.Raw("<</Type/MCR/Pg").Ref(pages[other.Page]).Raw("/MCID").Int(other.Mcid).Raw(">>");
        }
        syntax.Raw("]>>");
        file.Set(element.Number, syntax.Written);
        foreach (var kid in element.Kids)
            if (kid is Element child) Write(file, syntax, child, element.Number, pages);
    }

    /// <summary>The standard structure type a role is tagged with.</summary>
    private static string StructureType(FragmentRole role) => role.Kind switch
    {
        FragmentKind.Heading => $"H{Math.Clamp(role.Level, 1, 6)}",
        FragmentKind.Formula => "Formula",
        FragmentKind.Figure => "Figure",
        FragmentKind.TableRow => "TR",
        FragmentKind.TableHeaderRow => "TR",
        FragmentKind.TableCell => "TD",
        FragmentKind.TableHeaderCell => "TH",
        FragmentKind.Code => "Code",
        FragmentKind.AnswerBox => "Div",
        FragmentKind.Artifact => "Artifact",
        FragmentKind.Paragraph or FragmentKind.Other => "P",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role.Kind, "no structure type for this kind"),
    };
}
