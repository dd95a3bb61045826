using DeepExam.Exams;

namespace DeepExam.Tests.Exams;

public class StudentFileNameTests
{
    [TestCase("s1001", "s1001")]
    [TestCase("../etc/passwd", "_._etc_passwd")]
    [TestCase("a/b\\c", "a_b_c")]
    [TestCase(".hidden", "_hidden")]
    [TestCase("x\u0000y\ny", "x_y_y")]
    [TestCase("müller@uni.de", "müller@uni.de")]
    [TestCase("", "_")]
    public void Makes_ids_safe_file_names(string id, string expected)
    {
        var name = StudentFileName.For(id);
        Assert.That(name, Is.EqualTo(expected));
        Assert.That(name, Does.Not.Contain("..").And.Not.Contain("/").And.Not.Contain("\\"));
    }
}
