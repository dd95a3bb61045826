using System.Globalization;

namespace DeepExam.Runs;

/// <summary>
/// Every program runs in the invariant culture, on every thread it starts: the same inputs give the same bytes
/// whatever the machine's locale (a decimal point, never a comma; ordinal sorting).
/// </summary>
public static class InvariantCulture
{
    public static void UseEverywhere()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
    }
}
