using System.Collections.Concurrent;
using DeepExam.Documents;

namespace DeepExam.Grading.Reports.Composition;

/// <summary>
/// The Markdown a class's feedback sheets repeat, converted twice at most. Of the 287,000 texts the 10,000 feedback
/// sheets of the demo exam convert, 12,500 different ones recur (a known mistake's feedback, "$196$", "false") and hold
/// two thirds of the characters converted; 65,000 others, most of them a student's own matrix or list, come once. So a text
/// is kept from its second conversion on: a first one leaves only its hash behind, and what stays in memory is
/// what pays back. A document is immutable, so every sheet can share it; a hash that two texts share only makes the
/// second kept a conversion early. Thread-safe, and bounded for classes of any size.
/// </summary>
public static class RepeatedMarkdown
{
    /// <summary>At most this many texts are kept; then the others are converted every time.</summary>
    public const int MaxKept = 32_768;

    /// <summary>At most this many texts are remembered as seen once (a hash each: 2 MB or so).</summary>
    public const int MaxSeenOnce = 262_144;

    private static readonly ConcurrentDictionary<string, Document> Kept = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, byte> SeenOnce = new();
    private static int _kept;
    private static int _seenOnce;

    public static Document Convert(string markdown)
    {
        if (Kept.TryGetValue(markdown, out var kept)) return kept;
        var document = MarkdownToDocument.Convert(markdown);
        var hash = StringComparer.Ordinal.GetHashCode(markdown);
        if (SeenOnce.ContainsKey(hash))
        {
            // Threads racing past a bound overshoot it by at most one each.
            if (Volatile.Read(ref _kept) < MaxKept && Kept.TryAdd(markdown, document)) Interlocked.Increment(ref _kept);
        }
        else if (Volatile.Read(ref _seenOnce) < MaxSeenOnce && SeenOnce.TryAdd(hash, 0))
        {
            Interlocked.Increment(ref _seenOnce);
        }
        return document;
    }
}
