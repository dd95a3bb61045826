using System.Numerics;

namespace DeepExam.Pdf;

/// <summary>
/// The characters a document draws with one font file, as a bitset over the Basic Multilingual Plane that
/// grows only as far as the highest character added (about 140 words for text that reaches the math operators),
/// and enumerates them in ascending order. A document adds every text run it paints, tens of thousands of
/// characters: setting a bit costs less than hashing each into a set, and the order comes free.
/// </summary>
internal sealed class DrawnCharacters
{
    private ulong[] _words = new ulong[2];

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var word = c >> 6;
            if (word >= _words.Length) Array.Resize(ref _words, Math.Max(word + 1, 2 * _words.Length));
            _words[word] |= 1UL << (c & 63);
        }
    }

    /// <summary>Each character added, once, from the smallest.</summary>
    public IEnumerable<char> Ascending()
    {
        for (var word = 0; word < _words.Length; word++)
        {
            var bits = _words[word];
            while (bits != 0)
            {
                yield return (char)((word << 6) + BitOperations.TrailingZeroCount(bits));
                bits &= bits - 1;
            }
        }
    }
}
