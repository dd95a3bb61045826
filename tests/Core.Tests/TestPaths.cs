using System.Runtime.CompilerServices;

namespace DeepExam.Tests;

/// <summary>Where the checkout is, so tests can read the bundled exercises and demo.</summary>
internal static class TestPaths
{
    public static string Repository { get; } = Find();

    // The source path is known at compile time and holds even when the build output lives elsewhere.
    private static string Find([CallerFilePath] string source = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(source)!, TestContext.CurrentContext.TestDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Grader.sln"))) return dir.FullName;
        throw new InvalidOperationException("Grader.sln not found above the test directory");
    }
}
