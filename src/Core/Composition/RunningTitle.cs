using DeepExam.Exams;

namespace DeepExam.Composition;

/// <summary>
/// The title at the top of every page: the course and the exam's title, but the course once only, when the
/// title already opens with it ("Computer Vision 1 — final exam", not "Computer Vision 1 · Computer Vision 1 — …").
/// </summary>
public static class RunningTitle
{
    public static string For(ExamBlueprint blueprint, string title) =>
        blueprint.Course.Length == 0 || title.StartsWith(blueprint.Course, StringComparison.OrdinalIgnoreCase)
            ? title
            : $"{blueprint.Course} · {title}";
}
