using System.Collections.Immutable;

namespace DeepExam.Pdf;

/// <summary>
/// A subset font program and how the font's glyph ids (the CIDs the content streams write) map to the
/// subset's own: <see cref="NewGlyphOf"/>[cid] is the subset's glyph, 0 (.notdef) for one not kept.
/// </summary>
public sealed record FontSubset(byte[] Program, ImmutableArray<ushort> NewGlyphOf)
{
    /// <summary>The CIDToGIDMap stream's bytes (ISO 32000, 9.7.4.2): two bytes, big-endian, per CID from 0.</summary>
    public byte[] CidToGidMap()
    {
        var map = new byte[2 * NewGlyphOf.Length];
        for (var cid = 0; cid < NewGlyphOf.Length; cid++) System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(map.AsSpan(2 * cid), NewGlyphOf[cid]);
        return map;
    }
}
