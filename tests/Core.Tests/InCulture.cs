using System.Globalization;

namespace DeepExam.Tests;

/// <summary>Runs a piece of a test under another culture (the thread's and new threads' default, as parallel work picks up), then restores both.</summary>
internal static class InCulture
{
    public static void Run(string name, Action action)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.DefaultThreadCurrentCulture = new CultureInfo(name);
            action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.DefaultThreadCurrentCulture) = previous;
        }
    }
}
