using System.Collections.Immutable;
using DeepExam.Documents;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// The PDF backend's entry point: a composed document laid out on A4 pages, its heads in every page's
/// header and footer, written as a PDF. Thread-safe and deterministic (the same document gives
/// byte-identical files), so a class renders in parallel. A layout problem (a matrix wider than the
/// page) is a <see cref="LayoutException"/> saying what did not fit; the caller adds whose it was.
/// </summary>
public static class DocumentPdf
{
    public static void Write(ComposedDocument document, Stream output) =>
        LaidOutPdf.Write(Layout(document), document.Info, output);

    /// <summary>Several documents one after another in one file, each with its own heads and page numbers.</summary>
    /// <returns>The number of pages written.</returns>
    public static int Write(ImmutableArray<ComposedDocument> documents, DocumentInfo info, Stream output)
    {
        var laidOut = documents.Select(Layout).ToList();
        var all = new LaidOutDocument(laidOut[0].Page, [.. laidOut.SelectMany(d => d.Pages)]);
        var starts = new List<int>();
        var page = 0;
        foreach (var document in laidOut)
        {
            starts.Add(page);
            page += document.Pages.Length;
        }
        LaidOutPdf.Write(all, info, output, starts);
        return all.Pages.Length;
    }

    /// <summary>The laid-out pages, for tests and previews.</summary>
    public static LaidOutDocument Layout(ComposedDocument document) =>
        new DocumentLayout(PdfTextMeasurer.Instance).Layout(document.Body, PageFrame.Of(document.Heads));
}
