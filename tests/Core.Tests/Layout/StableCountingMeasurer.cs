using DeepExam.Layout;

namespace DeepExam.Tests.Layout;

/// <summary>
/// Measures as <see cref="FixedWidthMeasurer"/> does, says it is stable (so lines laid out with it are kept), and
/// counts what it measures. Each test makes its own: kept lines are told apart by measurer.
/// </summary>
internal sealed class StableCountingMeasurer : ITextMeasurer
{
    public int Measured { get; private set; }

    public bool IsStable => true;

    public double Width(ReadOnlySpan<char> text, TextFont font)
    {
        Measured++;
        return FixedWidthMeasurer.Instance.Width(text, font);
    }

    public FontMetrics Metrics(FontFace face) => FixedWidthMeasurer.Instance.Metrics(face);
}
