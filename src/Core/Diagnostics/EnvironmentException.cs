namespace DeepExam.Diagnostics;

/// <summary>
/// The machine around a run stopped it, not its inputs and not a bug: a folder that cannot be created or
/// written, an output path that is a file, a disk that is full, another run holding the output. The
/// command line prints the message as one line and exits 1.
/// </summary>
public sealed class EnvironmentException(string message, Exception? inner = null) : Exception(message, inner);
