using System.Collections.Concurrent;
using DeepExam.Documents;

namespace DeepExam.Composition;

/// <summary>
/// Markdown texts parsed once for a whole class, for the documents of every student: many students' sheets show the
/// same text, which a student's own <see cref="ParsedTexts"/> cannot know. In the demo exam for 1,000 students, the
/// 25,506 prompts are 73 different texts, the solutions 4,410 and the worked steps 8,766 of 21,502, and the
/// instructions one: half of the 15 million characters parsed per class had been parsed for an earlier student.
/// A text is kept the second time it is met, so the texts only one student has (a statement with their numbers) are
/// parsed and let go as before; at most <see cref="MaxKept"/> are kept. Thread-safe: the class's students are composed
/// in parallel. A kept document is the one parsing the text gives (documents are immutable and a pure function of
/// their text), so which texts are kept, which depends on the threads' timing, never changes an output.
/// </summary>
public sealed class ClassTexts
{
    /// <summary>How many parsed texts are kept at most (the demo exam's class of 1,000 keeps about 5,200).</summary>
    public const int MaxKept = 16_384;

    /// <summary>How many texts met once are remembered at most (by hash: 4 bytes each).</summary>
    public const int MaxSeen = 1 << 20;

    private readonly ConcurrentDictionary<string, Document> _kept = new(StringComparer.Ordinal);
    private readonly HashSet<int> _seen = [];
    private int _keptCount;

    /// <summary>The text parsed (<see cref="MarkdownToDocument.Convert"/>), kept if it was met before.</summary>
    public Document Parse(string markdown)
    {
        if (_kept.TryGetValue(markdown, out var kept)) return kept;
        var document = MarkdownToDocument.Convert(markdown);
        // Two texts with the same hash only make the second one kept the first time it is met.
        var hash = StringComparer.Ordinal.GetHashCode(markdown);
        bool metBefore;
        lock (_seen)
        {
            metBefore = _seen.Contains(hash);
            if (!metBefore && _seen.Count < MaxSeen) _seen.Add(hash);
        }
        if (metBefore && Volatile.Read(ref _keptCount) < MaxKept && _kept.TryAdd(markdown, document)) Interlocked.Increment(ref _keptCount);
        return document;
    }
}
