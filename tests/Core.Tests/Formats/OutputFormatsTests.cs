using DeepExam.Formats;

namespace DeepExam.Tests.Formats;

public class OutputFormatsTests
{
    [Test]
    public void Naming_no_format_selects_every_format_written_by_default()
    {
        Assert.That(OutputFormats.Select([]).Select(f => f.Name), Is.EqualTo(new[] { "exams", "solutions", "keys", "answer-sheets", "answer-forms", "class-key", "instructor-key" }));
        Assert.That(OutputFormats.Select(default), Is.EqualTo(OutputFormats.Default));
        Assert.That(OutputFormats.Names, Is.EqualTo(new[] { "exams", "solutions", "keys", "answer-sheets", "answer-forms", "class-key", "instructor-key", "html" }));
    }

    [Test]
    public void The_web_pages_are_written_only_when_named() =>
        Assert.That(OutputFormats.Select(["html"]).Select(f => f.Name), Is.EqualTo(new[] { "html" }));

    [Test]
    public void A_selection_follows_registration_order_and_names_each_format_once()
    {
        var selected = OutputFormats.Select(["instructor-key", "exams", "exams"]);
        Assert.That(selected.Select(f => f.Name), Is.EqualTo(new[] { "exams", "instructor-key" }));
    }

    [Test]
    public void An_unknown_name_is_refused_with_the_list_of_formats()
    {
        var ex = Assert.Throws<ArgumentException>(() => OutputFormats.Select(["exams", "moodle"]));
        Assert.That(ex!.Message, Does.StartWith("no output format 'moodle'; the formats are exams, solutions, keys, answer-sheets, answer-forms, class-key, instructor-key, html"));
        Assert.That(OutputFormats.Find("moodle"), Is.Null);
    }

    [Test]
    public void No_two_formats_share_a_name_or_write_the_same_file()
    {
        Assert.That(OutputFormats.Names, Is.Unique);
        Assert.That(OutputFormats.All.SelectMany(f => f.Files).Select(f => f.Path), Is.Unique);
        Assert.That(OutputFormats.All.Select(f => f.Files.Length), Is.All.GreaterThan(0), "every format says what it writes");
    }

    [Test]
    public void A_per_student_file_counts_once_per_student_and_a_class_file_once()
    {
        Assert.That(OutputFile.OnePerStudent("exams/<student>.pdf", "exam").Count(12), Is.EqualTo(12));
        Assert.That(OutputFile.OnePerClass("key.csv", "class key").Count(12), Is.EqualTo(1));
    }
}
