namespace DeepExam.Runs;

/// <summary>
/// What the commands take from where they run: the folder default outputs go under and paths are shown relative to
/// (the checkout for the repository's programs, the working directory for the installed tool), the exercise folder
/// used when <c>--exercises</c> is not given, and the bundled library looked up behind any exercise folder.
/// </summary>
public sealed record CommandContext(string Root, string DefaultExercises, string BundledExercises)
{
    /// <summary>The repository's programs: everything under the checkout, whose exercises/ is the bundled library.</summary>
    public static CommandContext Repository()
    {
        var root = RepositoryRoot.Find();
        return new CommandContext(root, DemoExam.Exercises(root), BundledContent.Exercises);
    }

    /// <summary>
    /// The installed tool, run in a folder: a course folder (one with an exercises/ folder) is used with the bundled
    /// library behind it; anywhere else, the bundled library alone.
    /// </summary>
    public static CommandContext WorkingDirectory()
    {
        var here = Directory.GetCurrentDirectory();
        var course = Path.Combine(here, "exercises");
        return new CommandContext(here, Directory.Exists(course) ? course : BundledContent.Exercises, BundledContent.Exercises);
    }
}
