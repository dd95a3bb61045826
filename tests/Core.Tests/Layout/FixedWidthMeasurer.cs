using DeepExam.Layout;

namespace DeepExam.Tests.Layout;

/// <summary>A measurer without font files: every character is half an em wide. Layout tests do not depend on DejaVu.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public static FixedWidthMeasurer Instance { get; } = new();

    public double Width(ReadOnlySpan<char> text, TextFont font) => text.Length * 0.5 * font.Size;

    public FontMetrics Metrics(FontFace face) => new(0.8, 0.2);
}
