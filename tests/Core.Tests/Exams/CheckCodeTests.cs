using DeepExam.Exams;

namespace DeepExam.Tests.Exams;

public class CheckCodeTests
{
    [Test]
    public void Depends_on_exam_student_and_secret()
    {
        var code = CheckCode.For("exam", "secret", "s1");
        Assert.That(code, Does.Match("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
        Assert.That(CheckCode.For("exam", "secret", "s1"), Is.EqualTo(code));
        Assert.That(new[] { CheckCode.For("exam", "secret", "s2"), CheckCode.For("exam2", "secret", "s1"), CheckCode.For("exam", "other", "s1") },
            Has.None.EqualTo(code));
    }

    [Test]
    public void Matching_forgives_case_dashes_and_look_alike_letters()
    {
        Assert.That(CheckCode.Matches("K7Q0-M91A", "k7qo m9la"), Is.True);
        Assert.That(CheckCode.Matches("K7Q0-M91A", "K7Q0-M91B"), Is.False);
        Assert.That(CheckCode.Matches("K7Q0-M91A", null), Is.False);
    }
}
