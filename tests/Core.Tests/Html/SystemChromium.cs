namespace DeepExam.Tests.Html;

/// <summary>
/// The Chromium the system has (Debian's <c>chromium</c>, which .ci/run installs), for the answer forms' browser tests:
/// found at $CHROMIUM or on the usual paths; never downloaded. Null when there is none.
/// </summary>
public static class SystemChromium
{
    public const string Missing = "Chromium is not installed (Debian package chromium; .ci/run installs it)";

    public static string? Find() =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}
