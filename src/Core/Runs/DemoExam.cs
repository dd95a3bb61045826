namespace DeepExam.Runs;

/// <summary>The bundled demo: its inputs, its output folder and its fixed, public secret.</summary>
public static class DemoExam
{
    /// <summary>Public on purpose: the demo's variants are meant to be reproducible by anyone. Real exams use --secret.</summary>
    public const string Secret = "demo-secret-not-for-real-exams";

    public static string Blueprint(string root) => Path.Combine(root, "templates", "demo-exam.yaml");
    public static string Roster(string root) => Path.Combine(root, "templates", "demo-roster.csv");
    public static string Exercises(string root) => Path.Combine(root, "exercises");
    public static string Output(string root) => Path.Combine(root, "out", "demo");
    public static string Submissions(string root) => Path.Combine(root, "templates", "demo-submissions");
    public static string Grades(string root) => Path.Combine(Output(root), "grades");
}
