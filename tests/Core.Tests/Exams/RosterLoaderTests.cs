using DeepExam.Diagnostics;
using DeepExam.Exams;

namespace DeepExam.Tests.Exams;

public class RosterLoaderTests
{
    private static IReadOnlyList<Student> Read(string csv) => RosterLoader.Read(new StringReader(csv), "roster.csv");

    private static string[] Problems(string csv) =>
        [.. Assert.Throws<InputException>(() => Read(csv))!.Diagnostics.Select(d => d.ToString())];

    [Test]
    public void Reads_ids_and_names_in_order_ignoring_other_columns_and_header_case()
    {
        var students = Read("Email,ID,Name\na@x,s1,Ada Lovelace\nb@x,s2,\"Turing, Alan\"\n");
        Assert.That(students.Select(s => (s.Id, s.Name)), Is.EqualTo(new[] { ("s1", "Ada Lovelace"), ("s2", "Turing, Alan") }));
    }

    [Test]
    public void Duplicate_and_empty_ids_are_reported_with_their_lines_all_at_once()
    {
        var problems = Problems("id,name\ns1,A\n,B\ns1,C\ns2,D\n");
        Assert.That(problems, Is.EqualTo(new[]
        {
            "roster.csv:3:1: error DX2104: empty student id",
            "roster.csv:4:1: error DX2106: student id 's1' appears twice (first on line 2)",
        }));
    }

    [Test]
    public void Ids_whose_file_names_would_collide_are_refused()
    {
        var problems = Problems("id,name\nAB/1,A\nab_1,B\n");
        Assert.That(problems.Single(), Does.Contain(": error DX2107: "));
    }

    [TestCase("id,name\n", "lists no students")]
    [TestCase("", "the roster is empty")]
    [TestCase("student,fullname\nx,y\n", "must hold 'id' and 'name'")]
    public void Unusable_rosters_say_why(string csv, string message) =>
        Assert.That(Problems(csv).Single(), Does.Contain(message));
}
