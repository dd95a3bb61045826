using System.Collections.Concurrent;
using DeepExam.Grading.Answers;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// One string, and one answer node, for each short text that recurs across a class's answer files:
/// part keys ("3.b") and the small numbers that fill matrices ("0", "-2", "9/2"). A run keeps every
/// parsed file until its student is graded, and a file has about a hundred such texts; as objects of
/// their own they were most of what the garbage collector copied into its oldest generation and marked
/// again at each full collection. Bounded, so that files full of distinct texts cannot grow it past a
/// few hundred kilobytes: once full, texts and nodes are made as before. Thread-safe: files are parsed
/// in parallel. Sharing is safe because strings and answer nodes are immutable.
/// </summary>
public sealed class SharedTexts
{
    /// <summary>Longer texts are seldom the same in two files and are made anew.</summary>
    public const int MaxLength = 8;

    /// <summary>The pool the answer-file readers share for the whole process: 8,192 texts of at most 8 characters.</summary>
    public static SharedTexts AnswerFiles { get; } = new(8_192);

    private sealed class Shared(string text)
    {
        public string Text { get; } = text;
        public AnswerNode.Text Plain { get; } = new(text, false);
        public AnswerNode.Text Quoted { get; } = new(text, true);
    }

    private readonly ConcurrentDictionary<string, Shared> _pool = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Shared>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _capacity;
    private int _count;

    public SharedTexts(int capacity)
    {
        _capacity = capacity;
        _bySpan = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The text as a string: the shared one when the text is short and the pool has it or room for it.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) return text.ToString();
        if (_bySpan.TryGetValue(text, out var shared)) return shared.Text;
        var made = text.ToString();
        // Counted apart: ConcurrentDictionary.Count takes every lock. Two threads adding the same text both count
        // it, so the pool may fill a little early; it never grows past the capacity.
        if (Volatile.Read(ref _count) >= _capacity || Interlocked.Increment(ref _count) > _capacity) return made;
        return _pool.GetOrAdd(made, static t => new Shared(t)).Text;
    }

    /// <summary>The answer node for a scalar: the shared one when its text is in the pool.</summary>
    public AnswerNode.Text NodeOf(string text, bool quoted) =>
        text.Length <= MaxLength && _pool.TryGetValue(text, out var shared) ? (quoted ? shared.Quoted : shared.Plain) : new AnswerNode.Text(text, quoted);
}
