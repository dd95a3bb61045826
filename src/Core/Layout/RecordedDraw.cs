namespace DeepExam.Layout;

/// <summary>One call a <see cref="RecordingCanvas"/> received: what, where (page coordinates) and, for text, the text.</summary>
public sealed record RecordedDraw(int Page, string Kind, Rect Bounds, string? Text, TextFont? Font, Color Color)
{
    public override string ToString() => $"p{Page} {Kind} {Bounds}{(Text is null ? "" : $" '{Text}'")}";
}
