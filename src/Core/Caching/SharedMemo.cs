using System.Collections.Concurrent;

namespace DeepExam.Caching;

/// <summary>
/// A memo of a pure function, shared by every thread of a run and bounded in size. The documents of a
/// class repeat much of their text from student to student (instructions, prompts without parameters,
/// the feedback of a known mistake), and each student's exam and solution sheets repeat it once more,
/// so a result made once can serve them all. It never changes a result: a value is only ever the
/// function's value for its key, so a hit and a miss give equal values, whichever thread asks first.
/// </summary>
/// <remarks>
/// Most keys are met once (a student's own numbers), and keeping their values would only fill the memo:
/// a value is kept from the second time its key is met. The first meetings are remembered by hash alone
/// in a fixed table, where a collision only delays keeping a value. When the memo is full it is emptied,
/// and what is still in use is kept again at its next meeting.
/// </remarks>
public sealed class SharedMemo<TKey, TValue>(int capacity, IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private const int SeenSlots = 1 << 14;

    private readonly ConcurrentDictionary<TKey, TValue> _kept = new(comparer);
    private readonly int[] _seen = new int[SeenSlots];
    private int _count;

    public TValue Get(TKey key, Func<TKey, TValue> make) => Get(key, make, static (key, make) => make(key));

    /// <summary>The value for <paramref name="key"/>, made by <paramref name="make"/> with <paramref name="argument"/> unless kept.</summary>
    public TValue Get<TArgument>(TKey key, TArgument argument, Func<TKey, TArgument, TValue> make)
    {
        if (_kept.TryGetValue(key, out var kept)) return kept;
        var value = make(key, argument);
        var hash = comparer.GetHashCode(key);
        ref var slot = ref _seen[hash & (SeenSlots - 1)];
        if (Volatile.Read(ref slot) != hash)
        {
            Volatile.Write(ref slot, hash);
            return value;
        }
        // Counted by hand: ConcurrentDictionary.Count takes every lock. A race may keep a few more than capacity.
        if (Interlocked.Increment(ref _count) > capacity)
        {
            _kept.Clear();
            Volatile.Write(ref _count, 1);
        }
        _kept.TryAdd(key, value);
        return value;
    }
}
