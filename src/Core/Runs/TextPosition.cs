using DeepExam.Diagnostics;
using DeepExam.Templates;

namespace DeepExam.Runs;

/// <summary>
/// Where in its file a piece of a template's text stands, for <c>validate</c>'s errors about what the text renders to:
/// the piece is looked up in the template's source (a TeX command is written there as it is rendered), and the
/// text's own location is the answer when it is not found there (it came from a value or from the working).
/// </summary>
public static class TextPosition
{
    /// <summary>
    /// The first place <paramref name="piece"/> is written in the text, a control word (<c>\frac</c>) only where no
    /// letter follows; null when it is not written there.
    /// </summary>
    public static SourceLocation? Find(TextTemplate text, string piece)
    {
        var controlWord = piece.Length > 1 && piece[0] == '\\' && char.IsAsciiLetter(piece[^1]);
        for (var at = text.Source.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = text.Source.IndexOf(piece, at + 1, StringComparison.Ordinal))
        {
            var end = at + piece.Length;
            if (!controlWord || end >= text.Source.Length || !char.IsAsciiLetter(text.Source[end])) return Of(text, at);
        }
        return null;
    }

    /// <summary>
    /// The file location of the character at <paramref name="offset"/> of the text's source: lines counted from the
    /// text's first, columns from its column (the lines of a block scalar share its indentation).
    /// </summary>
    public static SourceLocation Of(TextTemplate text, int offset)
    {
        var before = text.Source.AsSpan(0, Math.Clamp(offset, 0, text.Source.Length));
        var lines = before.Count('\n');
        var column = before.Length - (before.LastIndexOf('\n') + 1);
        return text.Location.At(lines, text.Location.Column + column);
    }
}
