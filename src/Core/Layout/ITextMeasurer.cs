namespace DeepExam.Layout;

/// <summary>
/// Measures text without drawing it, so layout can be planned (and tested) before any page exists.
/// Implementations must be thread-safe: one measurer serves every student of a class in parallel.
/// </summary>
public interface ITextMeasurer
{
    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    double Width(ReadOnlySpan<char> text, TextFont font);

    FontMetrics Metrics(FontFace face);
}
