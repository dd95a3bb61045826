using System.Text;
using DeepExam.Pdf;

namespace DeepExam.Tests.Pdf;

/// <summary>The file structure read back by qpdf: plain objects packed in object streams, found through a cross-reference stream.</summary>
public class PdfFileWriterTests
{
    /// <summary>A one-page file with <paramref name="extra"/> more plain objects (arrays holding their number), and its info dictionary titled "T".</summary>
    private static byte[] File(int extra)
    {
        var file = new PdfFileWriter();
        var catalog = file.Reserve();
        var pages = file.Reserve();
        var page = file.Reserve();
        var content = file.AddStream([], "0 0 m 10 10 l S\n"u8.ToArray());
        file.Set(page, Encoding.ASCII.GetBytes($"<</Type/Page/Parent {pages} 0 R/MediaBox[0 0 100 100]/Contents {content} 0 R>>"));
        file.Set(pages, Encoding.ASCII.GetBytes($"<</Type/Pages/Count 1/Kids[{page} 0 R]>>"));
        var numbers = Enumerable.Range(0, extra).Select(_ => file.Reserve()).ToList();
        foreach (var n in numbers) file.Set(n, Encoding.ASCII.GetBytes($"[{n}]"));
        file.Set(catalog, Encoding.ASCII.GetBytes($"<</Type/Catalog/Pages {pages} 0 R>>"));
        var info = file.Add("<</Title(T)>>"u8);
        using var output = new MemoryStream();
        file.Save(output, catalog, info, new byte[16]);
        return output.ToArray();
    }

    [Test]
    public void Qpdf_finds_the_file_sound()
    {
        var (sound, output) = Qpdf.Check(File(3));
        Assert.That(sound, Is.True, output);
        Assert.That(output, Does.Not.Contain("WARNING"));
    }

    [Test]
    public void Plain_objects_are_only_inside_compressed_object_streams()
    {
        var text = Encoding.Latin1.GetString(File(3));
        Assert.That(text, Does.Contain("/Type/ObjStm").And.Contain("/Type/XRef"));
        Assert.That(text, Does.Not.Contain("/Type/Catalog").And.Not.Contain("\nxref\n").And.Not.Contain("trailer"));
    }

    [Test]
    public void Every_object_reads_back_when_they_fill_several_object_streams()
    {
        var pdf = File(600);
        var objects = Qpdf.Objects(Qpdf.Json(pdf));
        var arrays = objects.Values.Where(v => v.ValueKind == System.Text.Json.JsonValueKind.Array).ToList();
        Assert.That(arrays.Select(a => a[0].GetInt32()).Order(), Is.EqualTo(Enumerable.Range(5, 600)));
        Assert.That(Encoding.Latin1.GetString(pdf).Split("/Type/ObjStm").Length - 1, Is.EqualTo(3), "604 plain objects, at most 256 a stream");
    }

    [Test]
    public void An_object_reserved_but_never_written_is_an_error()
    {
        var file = new PdfFileWriter();
        var catalog = file.Reserve();
        file.Reserve();
        file.Set(catalog, "<</Type/Catalog>>"u8);
        Assert.That(() => file.Save(new MemoryStream(), catalog, catalog, new byte[16]),
            Throws.InvalidOperationException.With.Message.EqualTo("PDF object 2 was reserved but never written"));
    }
}
