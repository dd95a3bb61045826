namespace DeepExam.Layout;

/// <summary>
/// Page size and margins in points. Content stays inside the margins; the header is set in the top
/// margin and the footer in the bottom one.
/// </summary>
public sealed record PageSetup(double Width, double Height, double Left, double Top, double Right, double Bottom)
{
    /// <summary>A4 with margins of about 2.3 cm at the sides.</summary>
    public static PageSetup A4 { get; } = new(595.28, 841.89, 64, 74, 64, 62);

    public double ContentWidth => Width - Left - Right;
    public double ContentHeight => Height - Top - Bottom;
    public Rect ContentArea => new(Left, Top, ContentWidth, ContentHeight);
    public Rect PageArea => new(0, 0, Width, Height);
}
