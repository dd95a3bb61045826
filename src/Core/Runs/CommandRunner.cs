using DeepExam.Diagnostics;

namespace DeepExam.Runs;

/// <summary>
/// Runs a command body for both command lines. Exit codes: problems with the inputs are printed one
/// per line and exit 1, as do problems of the machine around the run (a folder that cannot be written,
/// a full disk, another run holding the output), in one line each; nothing was written then. A run
/// stopped by Ctrl-C, SIGTERM or SIGHUP exits with 128 + the signal's number after removing its staging
/// folder. Anything else is a bug and exits 2 with the stack trace.
/// </summary>
public static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        using var signals = Interruption.Listen();
        try
        {
            return body();
        }
        catch (Exception e) when (Interruption.Requested && Problems(e).Any(x => x is OperationCanceledException))
        {
            var (name, code) = Interruption.Received;
            Console.Error.WriteLine($"Stopped by {name}; nothing was written, and any earlier output is unchanged.");
            return code;
        }
        catch (Exception e) when (Problems(e).FirstOrDefault(x => x is InputException) is InputException input)
        {
            foreach (var note in input.Notes) Console.Error.WriteLine($"note: {note}");
            foreach (var d in input.Diagnostics) Console.Error.WriteLine(d);
            Console.Error.WriteLine($"{input.Diagnostics.Length} problem{(input.Diagnostics.Length == 1 ? "" : "s")}; nothing was written.");
            return 1;
        }
        catch (Exception e) when (Problems(e).FirstOrDefault(IsEnvironmental) is { } environment)
        {
            Console.Error.WriteLine($"error: {environment.Message}");
            return 1;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e}");
            return 2;
        }
    }

    // A file that cannot be read or written is the machine's problem, wherever in a run it comes up.
    private static bool IsEnvironmental(Exception e) => e is EnvironmentException or IOException or UnauthorizedAccessException;

    /// <summary>The exception and, for the parallel phases (which PLINQ wraps), every exception inside it.</summary>
    private static IEnumerable<Exception> Problems(Exception e) =>
        e is AggregateException a ? a.Flatten().InnerExceptions : [e];
}
