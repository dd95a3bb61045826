using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Grading.Submissions;
using DeepExam.Output;
using DeepExam.Runs;
using FsCheck;
using FsCheck.Fluent;

namespace DeepExam.Tests.Grading;

/// <summary>
/// The plain-sheet reader must give exactly the tree YamlDotNet gives (through RawYamlReader) for
/// every file it accepts, and hand everything else over by returning null.
/// </summary>
public class SheetYamlReaderTests
{
    // A tree as text: p"..." a plain scalar, q"..." a quoted one, [..] a list, {key: ..} a mapping.
    private static string Show(RawYaml node) => node switch
    {
        RawYaml.Scalar s => (s.Quoted ? "q" : "p") + Quote(s.Value),
        RawYaml.Sequence l => "[" + string.Join(", ", l.Items.Select(Show)) + "]",
        RawYaml.Mapping m => "{" + string.Join(", ", m.Entries.Select(e => Quote(e.Key) + ": " + Show(e.Value))) + "}",
        _ => throw new ArgumentException("unknown node"),
    };

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>True when the sheet reader accepted the text; it must then agree with the full reader.</summary>
    private static bool AgreesWhenAccepted(string text)
    {
        var fast = SheetYamlReader.TryRead(text);
        if (fast is null) return false;
        (RawYaml? Root, List<string> Notes) full;
        try
        {
            full = RawYamlReader.Read(text);
        }
        catch (Exception e)
        {
            throw new AssertionException($"the sheet reader accepted text the full reader refuses ({e.Message}):\n{text}");
        }
        Assert.That(full.Notes, Is.Empty, text);
        Assert.That(Show(fast), Is.EqualTo(Show(full.Root!)), text);
        return true;
    }

    [TestCase("a: 1\n", "{\"a\": p\"1\"}")]
    [TestCase("exam: \"cv-demo\"\nstudent: 's1'\n", "{\"exam\": q\"cv-demo\", \"student\": q\"s1\"}")]
    [TestCase("answers:\n  \"1.a\": [28, 28, 5]\n  1b: 10,001,000\n  \"1.c\":\n", "{\"answers\": {\"1.a\": [p\"28\", p\"28\", p\"5\"], \"1b\": p\"10,001,000\", \"1.c\": p\"\"}}")]
    [TestCase("a: [[1, \"9/2\"], [ -3 , 4 ]]   # rows\n", "{\"a\": [[p\"1\", q\"9/2\"], [p\"-3\", p\"4\"]]}")]
    [TestCase("a: []\nb: [ ]\n", "{\"a\": [], \"b\": []}")]
    [TestCase("a: not sure  # a comment\nb: x#y\n", "{\"a\": p\"not sure\", \"b\": p\"x#y\"}")]
    [TestCase("# heading\n\na:   \n   # deeper comment after an empty value\nb: −5 × 28\n", "{\"a\": p\"\", \"b\": p\"−5 × 28\"}")]
    [TestCase("a: 1\r\nb:\r\n  c: 2\r\n", "{\"a\": p\"1\", \"b\": {\"c\": p\"2\"}}")]
    [TestCase("a:\n    b:\n        c: [1]\n    d: ''\ne: \"\"\n", "{\"a\": {\"b\": {\"c\": [p\"1\"]}, \"d\": q\"\"}, \"e\": q\"\"}")]
    [TestCase("a: ~\nb: null\nc: true\n", "{\"a\": p\"~\", \"b\": p\"null\", \"c\": p\"true\"}")]
    public void Reads_plain_sheets_as_the_full_reader_does(string text, string tree)
    {
        Assert.That(SheetYamlReader.TryRead(text) is { } root ? Show(root) : null, Is.EqualTo(tree));
        Assert.That(AgreesWhenAccepted(text), Is.True);
    }

    [TestCase("a:\t1\n", TestName = "a tab")]
    [TestCase("a: \"x\\\"y\"\n", TestName = "an escape in double quotes")]
    [TestCase("a: 'it''s'\n", TestName = "a doubled single quote")]
    [TestCase("a: [1, 2,]\n", TestName = "a trailing comma")]
    [TestCase("a: [1,\n  2]\n", TestName = "a list over two lines")]
    [TestCase("a: x\n  y\n", TestName = "a plain value over two lines")]
    [TestCase("a: x\n  # a comment indented under a value\n", TestName = "a comment indented under a value")]
    [TestCase("a:\n  y\n", TestName = "a value on the next line")]
    [TestCase("a:\n  - 1\n", TestName = "a block list")]
    [TestCase("- 1\n", TestName = "a list at the top")]
    [TestCase("a: {b: 1}\n", TestName = "a flow mapping")]
    [TestCase("a: &x 1\n", TestName = "an anchor")]
    [TestCase("a: *x\n", TestName = "an alias")]
    [TestCase("a: !tag 1\n", TestName = "a tag")]
    [TestCase("a: |\n  text\n", TestName = "a block scalar")]
    [TestCase("a: 1\na: 2\n", TestName = "a repeated key")]
    [TestCase("a: b: c\n", TestName = "a colon inside a value")]
    [TestCase("a:b\n", TestName = "no space after the colon")]
    [TestCase("  a: 1\n", TestName = "an indented first entry")]
    [TestCase("a:\n    b: 1\n  c: 2\n", TestName = "an indentation between two levels")]
    [TestCase("---\na: 1\n", TestName = "a document marker")]
    [TestCase("a: \"open\n", TestName = "an unclosed quote")]
    [TestCase("a: 1\rb: 2\n", TestName = "a lone carriage return")]
    [TestCase("a: [1, [2, [3, [4, [5, [6, [7, [8, [9, [10, [11, [12]]]]]]]]]]]]\n", TestName = "lists nested past the depth limit")]
    [TestCase("# only a comment\n", TestName = "no entries")]
    public void Hands_anything_else_to_the_full_reader(string text)
    {
        Assert.That(SheetYamlReader.TryRead(text), Is.Null);
    }

    [Test]
    public void Agrees_on_the_bundled_demo_submissions()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Repository, "templates", "demo-submissions"), "*.yaml");
        var accepted = files.Count(f => AgreesWhenAccepted(File.ReadAllText(f).TrimStart('\uFEFF')));
        Assert.That(accepted, Is.GreaterThanOrEqualTo(files.Length / 2), "most demo submissions are plain sheets");
    }

    [Test]
    public void Accepts_and_agrees_on_blank_and_filled_in_sheets_of_a_class()
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(Path.Combine(TestPaths.Repository, "templates", "demo-exam.yaml"), library);
        var generator = new ExamGenerator(blueprint, library, "sheet-test", renderText: false);
        for (var i = 0; i < 40; i++)
        {
            var exam = generator.Generate(new Student($"s{i}", $"Student {i}", $"s{i}"));
            Assert.That(AgreesWhenAccepted(AnswerSheetWriter.Write(exam)), Is.True);
            Assert.That(AgreesWhenAccepted(SubmissionSimulation.Sheet(exam, "sheet-test")), Is.True);
        }
    }

    // Pieces on both sides of the subset's edge; the accepted ones come more often, so that a good
    // share of the random files is accepted and compared.
    private static readonly string[] PlainKeys = ["\"1.a\"", "1.a", "'1.b'", "1 a", "k", "\"x y\""];
    private static readonly string[] EdgeKeys = ["a#b", "-k", "? k", "k:k", "\"k\\\"", "[k]", "&k k"];
    private static readonly string[] PlainValues =
    [
        "", "42", "-3", "−5", "\"x\"", "'y'", "[1, 2]", "[[1, \"9/2\"], [3, 4]]", "not sure", "a#c", "[ ]", "[]", "28 × 28", "~",
        "''", "\"\"", "1,000", "3.5e-2", "[a, [b, c]]", "[ -1 ,-2 ]", "\"q\" # c", "'a' ", "[\"a\", 'b']", "--x", "é", "x -", "a: b",
    ];
    private static readonly string[] EdgeValues =
    [
        "a #c", "[1,]", "- 1", "&a 1", "*a", "!t x", "|", ">", "\"a\\\"b\"", "'it''s'", "{a: 1}", "@x", "%x", "? x", "---", "...",
        "[1, 2", "x:", "[:]", "[a b]", "\"q\"x", "[1] x", "-", ":x", "[-]", "a\tb", "[#]", "[a:b]", "[a, ]", "[,]", "[[]]", "\"",
    ];

    private static Gen<string> Piece(string[] plain, string[] edge) =>
        Gen.Frequency((6, Gen.Elements(plain)), (1, Gen.Elements(edge)));

    private static Gen<string> Line() =>
        from kind in Gen.Choose(0, 9)
        from indent in Gen.Frequency((8, Gen.Elements(0, 2)), (1, Gen.Elements(1, 3, 4)))
        from key in Piece(PlainKeys, EdgeKeys)
        from colon in Gen.Frequency((8, Gen.Constant(": ")), (1, Gen.Elements(":", " : ", ":  ")))
        from value in Piece(PlainValues, EdgeValues)
        from comment in Gen.Elements("", "", "", " # note", "# note", "  #")
        select kind switch
        {
            0 => new string(' ', indent) + "# comment",
            1 => "",
            _ => new string(' ', indent) + key + colon + value + comment,
        };

    [Test]
    public void Agrees_with_the_full_reader_on_random_files()
    {
        var accepted = 0;
        var files = from lines in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(Line(), n))
                    from newline in Gen.Elements("\n", "\r\n")
                    select string.Join(newline, lines) + newline;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(3000), Prop.ForAll(files.ToArbitrary(), text =>
        {
            if (AgreesWhenAccepted(text)) accepted++;
        }));
        Assert.That(accepted, Is.GreaterThan(100), "the random files reach the accepted side of the subset");
    }

    [Test]
    public void Agrees_with_the_full_reader_on_edited_sheets()
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(Path.Combine(TestPaths.Repository, "templates", "demo-exam.yaml"), library);
        var sheet = SubmissionSimulation.Sheet(new ExamGenerator(blueprint, library, "edit", renderText: false).Generate(new Student("s1", "S", "s1")), "edit");
        var accepted = 0;
        var edits = from count in Gen.Choose(1, 3)
                    from positions in Gen.ListOf(Gen.Choose(0, sheet.Length), count)
                    from pieces in Gen.ListOf(Gen.Elements(":", "#", "\"", "'", "[", "]", ",", " ", "  ", "\t", "-", "\n", "&", "\\", "x", ": ", " #", "- "), count)
                    select positions.Zip(pieces).OrderByDescending(p => p.First).Aggregate(sheet, (text, p) => text.Insert(p.First, p.Second));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(edits.ToArbitrary(), text =>
        {
            if (AgreesWhenAccepted(text)) accepted++;
        }));
        Assert.That(accepted, Is.GreaterThan(200), "many small edits keep a sheet plain");
    }
}
