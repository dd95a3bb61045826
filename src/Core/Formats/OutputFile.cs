namespace DeepExam.Formats;

/// <summary>
/// A file or a kind of file a format writes, for the run's summary and its file count: a path in the
/// output folder ("exams/&lt;student&gt;.pdf" for one per student) and what it is for.
/// </summary>
public sealed record OutputFile(string Path, string Description, bool PerStudent)
{
    public static OutputFile OnePerStudent(string path, string description) => new(path, description, true);

    public static OutputFile OnePerClass(string path, string description) => new(path, description, false);

    public int Count(int students) => PerStudent ? students : 1;
}
