namespace DeepExam.Runs;

/// <summary>Finds the checkout (the folder holding Grader.sln) so the demo runs from any working directory.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Grader.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
