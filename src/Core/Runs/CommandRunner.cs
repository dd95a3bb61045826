using DeepExam.Diagnostics;

namespace DeepExam.Runs;

/// <summary>
/// Runs a command body for both command lines: input problems are printed one per line and exit 1
/// (nothing was written); anything else is a bug and exits 2.
/// </summary>
public static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException e)
        {
            foreach (var d in e.Diagnostics) Console.Error.WriteLine(d);
            Console.Error.WriteLine($"{e.Diagnostics.Length} problem{(e.Diagnostics.Length == 1 ? "" : "s")}; nothing was written.");
            return 1;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e}");
            return 2;
        }
    }
}
