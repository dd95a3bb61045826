using DeepExam.Caching;

namespace DeepExam.Tests.Caching;

public class SharedMemoTests
{
    /// <summary>A memo of the length of a text that counts how often it was made.</summary>
    private sealed class Lengths(int capacity, IEqualityComparer<string>? comparer = null, int firstMeetings = 64)
    {
        private readonly SharedMemo<string, int> _memo = new(capacity, firstMeetings, comparer ?? new FirstLetterHash());
        public int Made { get; private set; }

        public int Get(string key) => _memo.Get(key, k =>
        {
            Made++;
            return k.Length;
        });
    }

    /// <summary>Hashes that differ for the keys of these tests, whatever the process's string hashing.</summary>
    private sealed class FirstLetterHash : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);
        public int GetHashCode(string obj) => obj[0];
    }

    /// <summary>Every key one hash: each first meeting takes the same slot of the table of first meetings.</summary>
    private sealed class OneHash : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);
        public int GetHashCode(string obj) => 7;
    }

    [Test]
    public void A_value_is_kept_from_the_second_meeting_of_its_key()
    {
        var memo = new Lengths(10);
        var values = new[] { memo.Get("abc"), memo.Get("abc"), memo.Get("abc"), memo.Get("abc") };
        Assert.That(values, Is.EqualTo(new[] { 3, 3, 3, 3 }));
        Assert.That(memo.Made, Is.EqualTo(2));
    }

    [Test]
    public void A_key_met_once_is_not_kept()
    {
        var memo = new Lengths(10);
        memo.Get("a");
        memo.Get("bb");
        memo.Get("ccc");
        Assert.That(memo.Made, Is.EqualTo(3));
    }

    [Test]
    public void A_full_memo_is_emptied_and_keeps_what_is_met_again()
    {
        var memo = new Lengths(2);
        foreach (var key in new[] { "a", "a", "b", "b" }) memo.Get(key);
        Assert.That(memo.Made, Is.EqualTo(4));
        memo.Get("a");
        Assert.That(memo.Made, Is.EqualTo(4), "a and b fill the memo");
        // Keeping a third value empties the memo first: a is made again, and kept again, having been met before.
        memo.Get("c");
        memo.Get("c");
        Assert.That(memo.Made, Is.EqualTo(6));
        memo.Get("a");
        memo.Get("a");
        memo.Get("c");
        Assert.That(memo.Made, Is.EqualTo(7));
    }

    [Test]
    public void A_key_met_again_after_another_took_its_slot_of_first_meetings_is_kept_one_meeting_later()
    {
        // 'a' (97) and 'c' (99) share a slot of a two-slot table and no slot of a table of 64.
        var small = new Lengths(10, firstMeetings: 2);
        var large = new Lengths(10, firstMeetings: 64);
        foreach (var key in new[] { "a", "c", "a", "a", "a" })
        {
            small.Get(key);
            large.Get(key);
        }
        Assert.That(large.Made, Is.EqualTo(3), "a is kept at its second meeting: made for c and twice for a");
        Assert.That(small.Made, Is.EqualTo(4), "c's first meeting took a's slot: a's second meeting counts as a first");
    }

    [Test]
    public void The_table_of_first_meetings_needs_a_power_of_two_slots()
    {
        Assert.That(() => new SharedMemo<string, int>(10, 100, StringComparer.Ordinal), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Keys_of_one_hash_each_get_their_own_value()
    {
        var memo = new Lengths(10, new OneHash());
        var values = new[] { "a", "bb", "a", "ccc", "bb", "a", "ccc" }.Select(memo.Get).ToList();
        Assert.That(values, Is.EqualTo(new[] { 1, 2, 1, 3, 2, 1, 3 }));
    }

    [Test]
    public void Threads_asking_at_once_each_get_the_value_of_their_key()
    {
        var memo = new SharedMemo<int, string>(64, 1 << 10, EqualityComparer<int>.Default);
        var wrong = 0;
        Parallel.For(0, 20_000, i =>
        {
            var key = i % 300;
            if (memo.Get(key, k => $"value {k}") != $"value {key}") Interlocked.Increment(ref wrong);
        });
        Assert.That(wrong, Is.EqualTo(0));
    }
}
