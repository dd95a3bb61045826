using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Exams;

namespace DeepExam.Tests.Composition;

public class RunningTitleTests
{
    [TestCase("Computer Vision 1", "Convolutional networks — practice exam", "Computer Vision 1 · Convolutional networks — practice exam")]
    [TestCase("Computer Vision 1", "Computer Vision 1 — final exam", "Computer Vision 1 — final exam")]
    [TestCase("computer vision 1", "Computer Vision 1 — final exam — solutions", "Computer Vision 1 — final exam — solutions")]
    [TestCase("", "Final exam", "Final exam")]
    public void The_course_is_named_once(string course, string title, string running)
    {
        var blueprint = new ExamBlueprint(1, "e", title, course, "", "", [], "e.yaml");
        Assert.That(RunningTitle.For(blueprint, title), Is.EqualTo(running));
    }
}
