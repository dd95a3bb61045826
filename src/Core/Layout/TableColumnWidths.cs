namespace DeepExam.Layout;

/// <summary>
/// How wide each column of a table is set, from its cells' natural widths (every cell on one line) and minimum widths
/// (the longest word or formula a cell cannot break). When the natural widths fit the text column they are used as
/// they are. Otherwise, as TeX's and the browsers' automatic tables do, every column is given the same fair share of
/// the width: a column narrower than its share keeps its natural width and gives the rest to the others, and only the
/// columns wider than the share are narrowed to it (never below their longest word), so only those wrap. No column is
/// ever wider than its widest cell while another one wraps.
/// </summary>
public static class TableColumnWidths
{
    /// <summary>
    /// The width of each column; they sum to <paramref name="width"/> when the natural widths do not fit. Null when even
    /// the minimum widths do not fit.
    /// </summary>
    public static double[]? Of(IReadOnlyList<double> natural, IReadOnlyList<double> minimum, double width)
    {
        var n = natural.Count;
        var least = new double[n];
        var most = new double[n];
        for (var i = 0; i < n; i++)
        {
            least[i] = Math.Min(minimum[i], natural[i]);
            most[i] = natural[i];
        }
        if (most.Sum() <= width) return most;
        if (least.Sum() > width) return null;
        // Each column is its share s clamped to [least, most]; the total grows with s, piecewise linearly between the
        // columns' least and most widths. Find the piece on which it reaches the width and solve on it exactly.
        var breaks = least.Concat(most).Distinct().Order().ToArray();
        double Total(double share)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++) sum += Math.Clamp(share, least[i], most[i]);
            return sum;
        }
        var share = breaks[^1];
        for (var b = 1; b < breaks.Length; b++)
        {
            if (Total(breaks[b]) < width) continue;
            var from = breaks[b - 1];
            var open = 0;
            for (var i = 0; i < n; i++)
                if (least[i] <= from && most[i] >= breaks[b]) open++;
            share = open == 0 ? from : from + (width - Total(from)) / open;
            break;
        }
        var widths = new double[n];
        for (var i = 0; i < n; i++) widths[i] = Math.Clamp(share, least[i], most[i]);
        return widths;
    }
}
