using System.Collections.Concurrent;
using DeepExam.Grading.Answers;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// One string, and one answer node, for each short text that recurs across a class's answer files:
/// part keys ("3.b") and the small numbers that fill matrices ("0", "-2", "9/2"); and one list node
/// for each short row of them ("[0, 1]"). A run keeps every
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

    /// <summary>Rows of more cells are seldom the same in two files and are kept as they are.</summary>
    public const int MaxRowCells = 4;

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
    private readonly ConcurrentDictionary<string, AnswerNode.List> _rows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, AnswerNode.List>.AlternateLookup<ReadOnlySpan<char>> _rowsBySpan;
    private readonly int _capacity;
    private int _count, _rowCount;

    public SharedTexts(int capacity)
    {
        _capacity = capacity;
        _bySpan = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        _rowsBySpan = _rows.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The text as a string: the shared one when the text is short and the pool has it or room for it.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) return text.ToString();
        if (_bySpan.TryGetValue(text, out var shared)) return shared.Text;
        var made = text.ToString();
        if (!Admit(ref _count)) return made;
        return _pool.GetOrAdd(made, static t => new Shared(t)).Text;
    }

    /// <summary>
    /// The list node for a row of cells: the shared one when every cell is a short text and the row has at most
    /// <see cref="MaxRowCells"/>; otherwise a node of its own over the cells given.
    /// </summary>
    public AnswerNode.List RowOf(AnswerNode[] cells)
    {
        if (cells.Length > MaxRowCells) return Own(cells);
        // The key spells each cell as its quoting and its text, ended by a character no text here holds.
        Span<char> key = stackalloc char[MaxRowCells * (MaxLength + 2)];
        var length = 0;
        foreach (var cell in cells)
        {
            if (cell is not AnswerNode.Text { Value.Length: <= MaxLength } text || text.Value.Contains('\0')) return Own(cells);
            key[length++] = text.Quoted ? '"' : '-';
            text.Value.CopyTo(key[length..]);
            length += text.Value.Length;
            key[length++] = '\0';
        }
        if (_rowsBySpan.TryGetValue(key[..length], out var shared)) return shared;
        var row = Own(cells);
        return Admit(ref _rowCount) ? _rows.GetOrAdd(key[..length].ToString(), row) : row;

        static AnswerNode.List Own(AnswerNode[] cells) => new(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(cells));
    }

    // Counted apart: ConcurrentDictionary.Count takes every lock. Two threads adding the same key both count it,
    // so a pool may fill a little early; it never grows past the capacity.
    private bool Admit(ref int count) => Volatile.Read(ref count) < _capacity && Interlocked.Increment(ref count) <= _capacity;

    /// <summary>The answer node for a scalar: the shared one when its text is in the pool.</summary>
    public AnswerNode.Text NodeOf(string text, bool quoted) =>
        text.Length <= MaxLength && _pool.TryGetValue(text, out var shared) ? (quoted ? shared.Quoted : shared.Plain) : new AnswerNode.Text(text, quoted);
}
