using System.Runtime.InteropServices;

namespace DeepExam.Runs;

/// <summary>
/// Ctrl-C, SIGTERM and SIGHUP as a cancellation rather than a sudden death: the first one cancels
/// <see cref="Token"/>, the run stops at its next file and removes its staging folder on the way out,
/// and the command exits with 128 + the signal's number, as a shell expects. A second signal while the
/// run is cleaning up terminates the process at once (the next run removes what was left).
/// </summary>
public static class Interruption
{
    private static readonly CancellationTokenSource Source = new();
    private static int _signal;

    public static CancellationToken Token => Source.Token;

    public static bool Requested => Source.IsCancellationRequested;

    /// <summary>The signal's name and the exit code for it: SIGINT 130, SIGTERM 143, SIGHUP 129.</summary>
    public static (string Name, int ExitCode) Received => _signal switch
    {
        2 => ("SIGINT", 130),
        1 => ("SIGHUP", 129),
        _ => ("SIGTERM", 143),
    };

    /// <summary>Starts listening; dispose to restore the default handling.</summary>
    public static IDisposable Listen()
    {
        if (OperatingSystem.IsWindows() || OperatingSystem.IsBrowser()) return new Registrations([]);
        return new Registrations(
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Handle(context, 2)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Handle(context, 15)),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, context => Handle(context, 1)),
        ]);
    }

    private static void Handle(PosixSignalContext context, int number)
    {
        if (Source.IsCancellationRequested) return; // the second signal: the default, termination
        context.Cancel = true;
        Interlocked.CompareExchange(ref _signal, number, 0);
        Source.Cancel();
    }

    /// <summary>Whether an exception is the run giving up because it was told to stop (possibly wrapped by PLINQ).</summary>
    public static bool IsCancellation(Exception e) => e switch
    {
        OperationCanceledException => true,
        AggregateException a => a.Flatten().InnerExceptions.All(IsCancellation),
        _ => false,
    };

    private sealed class Registrations(PosixSignalRegistration[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items) item.Dispose();
        }
    }
}
