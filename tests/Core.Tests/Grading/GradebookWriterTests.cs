using System.Globalization;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Grading.Runs;
using DeepExam.Runs;
using DeepExam.Tests.Catalogue;
using DeepExam.Tests.Output;
using YamlDotNet.RepresentationModel;

namespace DeepExam.Tests.Grading;

/// <summary>grades.csv from whole grading runs of every bundled exam.</summary>
public class GradebookWriterTests
{
    private string _work = "";
    private static string Repo => TestPaths.Repository;

    [SetUp]
    public void CreateWorkFolder() => _work = Directory.CreateTempSubdirectory("deepexam-gradebook-").FullName;

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    /// <summary>Ids of letters and digits in both cases, a class of 15 to 40, drawn from a seed of the exam's own.</summary>
    private string RandomRoster(string blueprintFile)
    {
        var random = new Random(blueprintFile.Sum(c => c));
        const string characters = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var size = random.Next(15, 41);
        while (ids.Count < size) ids.Add(new string([.. Enumerable.Range(0, random.Next(3, 10)).Select(_ => characters[random.Next(characters.Length)])]));
        var roster = Path.Combine(_work, "roster.csv");
        File.WriteAllLines(roster, ["id,name", .. ids.Select((id, i) => $"{id},Student {i}")]);
        return roster;
    }

    [TestCaseSource(typeof(BundledBlueprintsTests), nameof(BundledBlueprintsTests.BlueprintFiles))]
    public void Every_rows_printed_parts_sum_to_its_printed_total_and_maxima_to_the_exams_points(string file)
    {
        var blueprintPath = Path.Combine(Repo, "templates", file);
        var roster = RandomRoster(file);
        var submissions = Path.Combine(_work, "submissions");
        const string secret = "totals";
        SubmissionSimulation.Run(blueprintPath, roster, DemoExam.Exercises(Repo), submissions, secret, force: false);
        var output = Path.Combine(_work, "grades");
        var outcome = GradingRun.Run(new GradingRequest(blueprintPath, roster, DemoExam.Exercises(Repo), submissions, output, secret, false, FeedbackPdfs: false));

        var library = ExerciseLibrary.Open(DemoExam.Exercises(Repo), BuiltinRegistry.Default);
        var generator = new ExamGenerator(outcome.Blueprint, library, secret, renderText: false);
        var rows = CsvRows.Read(Path.Combine(output, "grades.csv"));
        var header = rows[0].ToList();
        var (total, max, percent) = (header.IndexOf("total"), header.IndexOf("max"), header.IndexOf("percent"));
        Assert.That(rows, Has.Count.EqualTo(outcome.Grades.Length + 1));
        var fractional = 0;
        for (var r = 1; r < rows.Count; r++)
        {
            var row = rows[r];
            var parts = row[3..total].Where(c => c.Length > 0).Select(Number).ToList();
            fractional += parts.Count(p => p != decimal.Truncate(p * 2) / 2);
            Assert.That(parts.Sum(), Is.EqualTo(Number(row[total])), $"{file}, {row[0]}: the parts add up to the total");
            var exam = generator.Generate(outcome.Grades[r - 1].Student);
            Assert.That(Number(row[max]), Is.EqualTo(Number(PrintedPoints(exam.TotalPoints))), $"{file}, {row[0]}: the maximum is the exam's points");

            // The feedback prints the same figures.
            var feedback = (YamlMappingNode)Load(Path.Combine(output, "feedback", outcome.Grades[r - 1].Student.FileName + ".yaml")).RootNode;
            Assert.That(new[] { Scalar(feedback, "total"), Scalar(feedback, "max"), Scalar(feedback, "percent") }, Is.EqualTo(new[] { row[total], row[max], row[percent] }), $"{file}, {row[0]}");
            var feedbackParts = ((YamlSequenceNode)feedback.Children["parts"]).Cast<YamlMappingNode>().Select(p => (Key: Scalar(p, "part"), Points: Scalar(p, "points")));
            Assert.That(feedbackParts.Select(p => p.Points), Is.EqualTo(feedbackParts.Select(p => row[header.IndexOf(p.Key)])), $"{file}, {row[0]}");
        }
        TestContext.Out.WriteLine($"{file}: {rows.Count - 1} students, {fractional} printed part points that are not whole or half points");
    }

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string PrintedPoints(DeepExam.Numbers.Rational exact) => DeepExam.Grading.Reports.PrintedPoints.Cents(exact).ToDecimalString(2);

    private static YamlDocument Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return stream.Documents[0];
    }

    private static string Scalar(YamlMappingNode map, string key) => ((YamlScalarNode)map.Children[key]).Value!;
}
