namespace DeepExam.Text;

/// <summary>Text that does not parse or render, with where in the text (1-based line and column; 0 when unknown).</summary>
public sealed class TextException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;
    public int Column { get; } = column;
}
