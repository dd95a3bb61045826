namespace DeepExam.Layout;

/// <summary>Content that cannot be placed: wider than the text column or taller than a page. The message names it and both sizes.</summary>
public sealed class LayoutException(string message) : Exception(message)
{
    /// <summary>The same error with the place it happened in front: "exercise 3 (pooling): ...".</summary>
    public LayoutException Within(string where) => new($"{where}: {Message}");
}
