using System.Security.Cryptography;
using System.Text;

namespace DeepExam.Pdf;

/// <summary>
/// Removes what PDFsharp makes random, so the same inputs give byte-identical files: the XMP
/// document and instance ids (new GUIDs at every save) become ids derived from the document's
/// identity. They only exist in the saved bytes and are replaced there with text of the same
/// length, so no offset moves.
/// </summary>
internal static class ReproduciblePdf
{
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
