namespace DeepExam.Diagnostics;

/// <summary>"did you mean …?" for misspelt names, by edit distance.</summary>
public static class Suggestions
{
    public static string DidYouMean(string name, IEnumerable<string> candidates) =>
        Nearest(name, candidates, 1) is [var best] ? $" (did you mean '{best}'?)" : "";

    /// <summary>
    /// " (did you mean \frac?)", " (did you mean \alpha or \aleph?)": up to three of the nearest candidates, each written
    /// after <paramref name="prefix"/>; empty when none is close.
    /// </summary>
    public static string DidYouMeanOneOf(string name, IEnumerable<string> candidates, string prefix, bool ignoreCase = true)
    {
        var nearest = Nearest(name, candidates, 3, ignoreCase).Select(c => prefix + c).ToList();
        return nearest.Count switch
        {
            0 => "",
            1 => $" (did you mean {nearest[0]}?)",
            _ => $" (did you mean {string.Join(", ", nearest[..^1])} or {nearest[^1]}?)",
        };
    }

    /// <summary>
    /// The nearest candidates, in ordinal order, at most <paramref name="count"/>: those at the smallest edit distance from
    /// the name, if it is within a third of the name's length (at least 1). The name itself is not among them.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string name, IEnumerable<string> candidates, int count, bool ignoreCase = true)
    {
        var key = ignoreCase ? name.ToLowerInvariant() : name;
        var close = candidates
            .Where(c => c != name)
            .Select(c => (Name: c, Distance: Distance(key, ignoreCase ? c.ToLowerInvariant() : c)))
            .Where(c => c.Distance <= Math.Max(1, name.Length / 3))
            .ToList();
        if (close.Count == 0) return [];
        var nearest = close.Min(c => c.Distance);
        return [.. close.Where(c => c.Distance == nearest).Select(c => c.Name).Order(StringComparer.Ordinal).Take(count)];
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
