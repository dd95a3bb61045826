namespace DeepExam.Runs;

/// <summary>
/// Where the bundled exercise library, the demo and the course-folder skeleton are: the <c>bundled</c> folder beside the
/// program in the installed tool (copied there when it is built and packed), else the checkout the program runs from.
/// </summary>
public static class BundledContent
{
    public static string Root { get; } = Find();

    public static string Exercises => Path.Combine(Root, "exercises");

    /// <summary>The files <c>init</c> copies into a new course folder.</summary>
    public static string CourseSkeleton => Path.Combine(Root, "templates", "course");

    /// <summary>The JSON Schema of the exercise format, which editors read through each exercise's first line.</summary>
    public static string ExerciseSchema => Path.Combine(Root, "docs", "exercise.schema.json");

    private static string Find()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "bundled");
        return Directory.Exists(Path.Combine(shipped, "exercises")) ? shipped : RepositoryRoot.Find();
    }
}
