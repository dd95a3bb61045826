using System.Collections.Concurrent;
using System.Numerics;

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
/// in a fixed table of <c>firstMeetings</c> slots (4 bytes each), where a key met later in the same slot
/// takes it over: a recurring key loses its first meeting if other keys' land on its slot in between, so
/// the table should hold about as many slots as the different keys a run meets. When the memo is full it
/// is emptied, and what is still in use is kept again at its next meeting.
/// </remarks>
/// <param name="capacity">How many values are kept at most.</param>
/// <param name="firstMeetings">How many first meetings are remembered at most: a power of two.</param>
public sealed class SharedMemo<TKey, TValue>(int capacity, int firstMeetings, IEqualityComparer<TKey> comparer)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _kept = new(comparer);
    private readonly int[] _seen = BitOperations.IsPow2(firstMeetings)
        ? new int[firstMeetings]
        : throw new ArgumentOutOfRangeException(nameof(firstMeetings), firstMeetings, "the table of first meetings is indexed by the hash's low bits, so it needs a power of two");
    private int _count;

    public TValue Get(TKey key, Func<TKey, TValue> make) => Get(key, make, static (key, make) => make(key));

    /// <summary>The value for <paramref name="key"/>, made by <paramref name="make"/> with <paramref name="argument"/> unless kept.</summary>
    public TValue Get<TArgument>(TKey key, TArgument argument, Func<TKey, TArgument, TValue> make)
    {
        if (_kept.TryGetValue(key, out var kept)) return kept;
        var value = make(key, argument);
        var hash = comparer.GetHashCode(key);
        ref var slot = ref _seen[hash & (_seen.Length - 1)];
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
