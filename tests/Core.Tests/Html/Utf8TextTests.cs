using System.Text;
using DeepExam.Html;

namespace DeepExam.Tests.Html;

public class Utf8TextTests
{
    [Test]
    public void A_builder_of_many_chunks_gives_the_bytes_of_its_string_even_where_a_chunk_splits_a_surrogate_pair()
    {
        var text = new StringBuilder(16);
        // Appended piece by piece, the builder grows a chunk at a time; odd lengths put pairs across chunk boundaries.
        for (var i = 0; i < 5000; i++) text.Append(i % 3 == 0 ? "x𝑊" : "ä−").Append(i % 7 == 0 ? "a" : "");
        var chunks = 0;
        foreach (var _ in text.GetChunks()) chunks++;
        Assert.That(chunks, Is.GreaterThan(1));
        Assert.That(Utf8Text.Bytes(text), Is.EqualTo(new UTF8Encoding(false).GetBytes(text.ToString())));
    }
}
