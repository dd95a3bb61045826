using System.Security.Cryptography;
using System.Text;
using DeepExam.Documents;
using PdfSharp.Pdf;

namespace DeepExam.Pdf;

/// <summary>
/// Removes what PDFsharp makes random or takes from the clock, so the same inputs give
/// byte-identical files: the dates come from the metadata, the file identifier is a hash of its
/// identity, and the XMP document and instance ids (new GUIDs at every save) become ids derived
/// from the identity. Those only exist in the saved bytes and are replaced there with text of the
/// same length, so no offset moves.
/// </summary>
internal static class ReproduciblePdf
{
    /// <summary>A new, empty document.</summary>
    public static PdfDocument Create()
    {
        PdfSharpSetup.EnsureInitialized();
        var pdf = new PdfDocument();
        pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        return pdf;
    }

    /// <summary>
    /// Saves <paramref name="pdf"/> to <paramref name="output"/> with the metadata's information,
    /// dated by it, and the identifiers derived from its identity.
    /// </summary>
    public static void Save(PdfDocument pdf, DocumentInfo metadata, Stream output)
    {
        pdf.Info.Title = metadata.Title;
        pdf.Info.Subject = metadata.Subject;
        pdf.Info.Author = metadata.Author;
        pdf.Info.Creator = "DeepExam";
        var date = metadata.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        var id = FileIdentifier(metadata.Identity);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        FixXmpIds(bytes, metadata.Identity);
        output.Write(bytes);
    }

    /// <summary>16 bytes derived from the identity, as PDF's /ID expects (written as a hex string).</summary>
    private static string FileIdentifier(string identity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return Encoding.Latin1.GetString(hash, 0, 16);
    }

    /// <summary>Replaces the XMP ids in <paramref name="bytes"/> in place.</summary>
    public static void FixXmpIds(Span<byte> bytes, string identity)
    {
        Replace(bytes, "<xmpMM:DocumentID>uuid:"u8, DerivedGuid(identity, "document"));
        Replace(bytes, "<xmpMM:InstanceID>uuid:"u8, DerivedGuid(identity, "instance"));
    }

    private static void Replace(Span<byte> bytes, ReadOnlySpan<byte> marker, string guid)
    {
        var at = bytes.LastIndexOf(marker);
        if (at < 0) return;
        var start = at + marker.Length;
        if (start + guid.Length > bytes.Length) return;
        Encoding.ASCII.GetBytes(guid, bytes.Slice(start, guid.Length));
    }

    private static string DerivedGuid(string identity, string purpose)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + identity));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }
}
