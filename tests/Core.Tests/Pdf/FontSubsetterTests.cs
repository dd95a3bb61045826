using System.Buffers.Binary;
using DeepExam.Layout;
using DeepExam.Pdf;

namespace DeepExam.Tests.Pdf;

/// <summary>The subset program read back as a font: each kept glyph under its new id with its own outline and advance.</summary>
public class FontSubsetterTests
{
    [OneTimeSetUp]
    public void RequireFonts()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
    }

    /// <summary>The subset's tables, read from its table directory (it has no cmap, so <see cref="TrueTypeFont"/> does not load it).</summary>
    private sealed class Sfnt(byte[] data)
    {
        private readonly Dictionary<string, (int Offset, int Length)> _tables = Enumerable.Range(0, BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4)))
            .ToDictionary(i => System.Text.Encoding.ASCII.GetString(data, 12 + 16 * i, 4),
                i => ((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(12 + 16 * i + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(12 + 16 * i + 12))));

        public ReadOnlySpan<byte> Table(string tag) => data.AsSpan(_tables[tag].Offset, _tables[tag].Length);

        public bool Has(string tag) => _tables.ContainsKey(tag);

        public int GlyphCount => BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);

        public int Advance(int glyph) => BinaryPrimitives.ReadUInt16BigEndian(Table("hmtx")[(4 * glyph)..]);
    }

    private static ReadOnlySpan<byte> Outline(TrueTypeFont font, int glyph) => Outline(font.Table, glyph);

    private static ReadOnlySpan<byte> Outline(Sfnt font, int glyph) => Outline(font.Table, glyph);

    private delegate ReadOnlySpan<byte> Tables(string tag);

    private static ReadOnlySpan<byte> Outline(Tables table, int glyph)
    {
        var head = table("head");
        var loca = table("loca").ToArray();
        var longLoca = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        int Offset(int g) => longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * g)) : 2 * BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(2 * g));
        return table("glyf")[Offset(glyph)..Offset(glyph + 1)];
    }

    [Test]
    public void Kept_glyphs_are_numbered_anew_with_their_outlines_and_advances()
    {
        var font = DejaVuFonts.Font(FontFace.Serif);
        var used = "Axyz−×σ".Select(font.GlyphIndex).ToArray();
        Assume.That(used, Has.None.Zero, "DejaVu Serif has every one of them");

        var subset = FontSubsetter.Subset(font, used);
        var read = new Sfnt(subset.Program);

        Assert.That(read.GlyphCount, Is.EqualTo(used.Length + 1), ".notdef and the seven glyphs (none of them composite)");
        foreach (var glyph in used)
        {
            var renumbered = subset.NewGlyphOf[glyph];
            Assert.That(renumbered, Is.Not.Zero);
            Assert.That(read.Advance(renumbered), Is.EqualTo(font.Advance(glyph)));
            // The outline without its hinting, padded to four bytes.
            var expected = FontSubsetter.WithoutInstructions(Outline(font, glyph));
            Assert.That(Outline(read, renumbered).ToArray(), Is.EqualTo(expected.Concat(new byte[(4 - expected.Length % 4) % 4])), $"glyph {glyph} keeps its outline as {renumbered}");
        }
        Assert.That(subset.NewGlyphOf.Length, Is.EqualTo(used.Max() + 1), "the map reaches the highest id used");
        Assert.That(BinaryPrimitives.ReadUInt16BigEndian(subset.CidToGidMap().AsSpan(2 * used[0])), Is.EqualTo(subset.NewGlyphOf[used[0]]), "the CIDToGIDMap says the same, two bytes per CID");
    }

    [Test]
    public void Hinting_is_left_out_and_the_outlines_keep_their_points()
    {
        var font = DejaVuFonts.Font(FontFace.Serif);
        var used = "Axyz".Select(font.GlyphIndex).ToArray();
        var read = new Sfnt(FontSubsetter.Subset(font, used).Program);

        Assert.That(new[] { "cvt ", "fpgm", "prep" }.Where(read.Has), Is.Empty);
        foreach (var glyph in used)
        {
            var original = Outline(font, glyph);
            var contours = BinaryPrimitives.ReadInt16BigEndian(original);
            Assume.That(contours, Is.Positive, "a simple glyph");
            var at = 10 + 2 * contours;
            var instructions = BinaryPrimitives.ReadUInt16BigEndian(original[at..]);
            Assume.That(instructions, Is.Positive, "DejaVu hints its letters");

            var stripped = FontSubsetter.WithoutInstructions(original);
            Assert.That(BinaryPrimitives.ReadUInt16BigEndian(stripped.AsSpan(at)), Is.Zero, "no instructions");
            Assert.That(stripped.AsSpan(0, at).SequenceEqual(original[..at]), Is.True, "the same contours");
            Assert.That(stripped.AsSpan(at + 2).SequenceEqual(original[(at + 2 + instructions)..]), Is.True, "the same points");
        }
    }

    [Test]
    public void A_composite_glyph_brings_its_components_under_their_new_ids()
    {
        var font = DejaVuFonts.Font(FontFace.Serif);
        var umlaut = font.GlyphIndex('ö');
        Assume.That(BinaryPrimitives.ReadInt16BigEndian(Outline(font, umlaut)), Is.Negative, "DejaVu Serif builds ö from o and the diaeresis");

        var subset = FontSubsetter.Subset(font, [umlaut]);
        var read = new Sfnt(subset.Program);
        var outline = Outline(read, subset.NewGlyphOf[umlaut]);

        var components = new List<int>();
        for (var p = 10; ;)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(outline[p..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(outline[(p + 2)..]));
            p += 4 + ((flags & 0x1) != 0 ? 4 : 2) + ((flags & 0x8) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);
            if ((flags & 0x20) == 0) break;
        }
        Assert.That(components, Has.Count.EqualTo(2));
        Assert.That(components, Has.All.InRange(1, read.GlyphCount - 1), "each component is a kept glyph of the subset");
        Assert.That(components.Select(c => Outline(read, c).Length), Has.All.Positive, "and has its outline");
        Assert.That(read.GlyphCount, Is.EqualTo(4), ".notdef, ö, o and the diaeresis");
    }
}
