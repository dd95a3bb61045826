using System.Collections.Immutable;
using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Layout;
using DeepExam.Tests.Pdf;

namespace DeepExam.Tests.Layout;

public class AnswerGridLayoutTests
{
    private static readonly AnswerGridLayout Grid = new(FixedWidthMeasurer.Instance, LayoutStyle.Default);
    private const double Width = 400;

    private static KeyAnswer Answer(string label, string markdown) => new(label, "1 pt", MarkdownToDocument.Convert(markdown).Blocks);

    private static StudentKey Key(params KeyExercise[] exercises) => new("Ada Lovelace", "s1", "ABCD-EFGH", "9 points", [.. exercises]);

    private static IEnumerable<string> Texts(FlowItem item) => item.Fragment.Ops.OfType<TextOp>().Select(t => t.Text);

    [Test]
    public void The_heading_names_the_student_and_stays_with_the_first_row()
    {
        var items = Grid.Flow(Key(new KeyExercise(1, "e", false, [Answer("1.a", "$42$")])), Width);
        Assert.That(Texts(items[0]), Is.EqualTo(new[] { "Ada Lovelace", "s1", "check code ", "ABCD-EFGH", "9 points" }));
        Assert.That(items[0].KeepWithNext, Is.True);
    }

    [Test]
    public void Answers_go_side_by_side_and_wrap_when_the_line_is_full()
    {
        var answers = Enumerable.Range(0, 12).Select(i => Answer($"1.{(char)('a' + i)}", "$123456$")).ToImmutableArray();
        var items = Grid.Flow(Key(new KeyExercise(1, "e", false, answers)), Width);
        var rows = items.Skip(1).ToList();
        Assert.That(rows, Has.Count.GreaterThan(1).And.Count.LessThan(12));
        Assert.That(rows.SelectMany(r => Texts(r)).Where(t => t.StartsWith("1.", StringComparison.Ordinal)), Is.EqualTo(answers.Select(a => a.Label)), "in reading order");
        foreach (var row in rows)
            foreach (var op in row.Fragment.Ops)
                Assert.That(op.Bounds.IsInside(new Rect(0, 0, Width, row.Fragment.Height)), $"{op} in {row.Fragment.What}");
    }

    [Test]
    public void A_matrix_is_typeset_as_a_matrix_at_the_left_of_its_cell()
    {
        var matrix = new KeyAnswer("4.c", "2 pt", [new DisplayMath("\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}", TexParser.Parse("\\begin{bmatrix}1&2\\\\3&4\\end{bmatrix}").Root)]);
        var row = Grid.Flow(Key(new KeyExercise(4, "pool", false, [matrix])), Width)[1].Fragment;
        Assert.That(row.Ops.OfType<LineOp>(), Is.Not.Empty, "brackets are drawn");
        Assert.That(row.Ops.OfType<TextOp>().Select(t => t.Text), Is.SupersetOf(new[] { "1", "2", "3", "4" }));
        Assert.That(row.Ops.Min(o => o.Bounds.X), Is.EqualTo(0).Within(0.01), "display math is moved to the cell's left edge");
        Assert.That(row.Height, Is.GreaterThan(30), "two rows of entries below the label");
    }

    [Test]
    public void A_part_drawn_from_a_pool_names_its_exercise()
    {
        var items = Grid.Flow(Key(
            new KeyExercise(1, "fixed-one", false, [Answer("1.a", "$1$")]),
            new KeyExercise(2, "drawn-one", true, [Answer("2.a", "$2$"), Answer("2.b", "$3$")])), Width);
        var texts = items.Skip(1).SelectMany(Texts).ToList();
        Assert.That(texts, Does.Contain("1 pt · drawn-one"));
        Assert.That(texts.Count(t => t.Contains("drawn-one", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(texts, Has.None.Contains("fixed-one"));
    }

    [Test]
    public void Every_demo_students_block_fits_the_column()
    {
        foreach (var exam in DemoExams.First(4))
        {
            var items = Grid.Flow(InstructorKeyDocument.For(exam), PageSetup.A4.ContentWidth);
            var parts = items.SelectMany(Texts).Where(t => exam.Parts.Any(p => p.Key == t)).ToList();
            Assert.That(parts, Is.EqualTo(exam.Parts.Select(p => p.Key)), exam.Student.Id);
            foreach (var item in items)
                foreach (var op in item.Fragment.Ops)
                    Assert.That(op.Bounds.X >= -0.01 && op.Bounds.Right <= PageSetup.A4.ContentWidth + 0.01, $"{exam.Student.Id}: {op} in {item.Fragment.What}");
        }
    }
}
