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

    /// <summary>
    /// True when a text in a font measures the same for as long as the process runs, so that lines laid out
    /// with this measurer may be kept and reused by later documents (see <see cref="InlineLayout"/>).
    /// </summary>
    bool IsStable => false;
}
