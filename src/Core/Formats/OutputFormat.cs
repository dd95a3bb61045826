using System.Collections.Immutable;

namespace DeepExam.Formats;

/// <summary>
/// A format <c>generate --formats</c> can select: its <see cref="Name"/> on the command line, the
/// <see cref="Files"/> it writes (the summary and the file count are read from them), and how to open
/// its writer for a run; a format not <see cref="ByDefault"/> is written only when named.
/// </summary>
public sealed record OutputFormat(string Name, ImmutableArray<OutputFile> Files, Func<FormatTarget, IFormatWriter> Open, bool ByDefault = true)
{
    public override string ToString() => Name;
}
