using System.Collections.Immutable;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Layout;

namespace DeepExam.Tests.Layout;

/// <summary>Layout says what each fragment is, where it makes it, for a backend to tag.</summary>
public class FragmentRoleTests
{
    private static ImmutableArray<FlowItem> Flow(params Block[] blocks) =>
        new BlockLayout(FixedWidthMeasurer.Instance, LayoutStyle.Default).Flow([.. blocks], 200);

    private static Paragraph Text(string text) => Paragraph.Of(new TextRun(text));

    [Test]
    public void A_heading_carries_its_level_and_its_plain_text_with_math_in_its_linear_form()
    {
        var flow = Flow(new Heading(2, [new TextRun("Exercise 1: the size "), new MathRun("n_{out}", TexParser.Parse("n_{out}").Root)], "3 points"));
        Assert.That(flow[0].Fragment.Role, Is.EqualTo(new FragmentRole(FragmentKind.Heading, 2, "Exercise 1: the size n_(out)")));
    }

    [Test]
    public void The_lines_after_a_paragraphs_first_continue_it_and_the_next_paragraph_starts_anew()
    {
        var flow = Flow(Text(string.Join(" ", Enumerable.Repeat("word", 40))), Text("another"));
        var roles = flow.Select(f => f.Fragment.Role).ToList();
        Assert.That(roles.Count, Is.GreaterThan(2), "the first paragraph takes several lines");
        Assert.That(roles.Select(r => r.Kind).Distinct(), Is.EqualTo(new[] { FragmentKind.Paragraph }));
        Assert.That(roles.Select(r => r.Continues), Is.EqualTo(new[] { false }.Concat(Enumerable.Repeat(true, roles.Count - 2)).Append(false)));
    }

    [Test]
    public void A_display_formula_carries_its_linear_form()
    {
        var source = @"\begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}";
        var flow = Flow(new DisplayMath(source, TexParser.Parse(source).Root));
        Assert.That(flow.Single().Fragment.Role, Is.EqualTo(new FragmentRole(FragmentKind.Formula, Text: "(1, 2; 3, 4)")));
    }

    [Test]
    public void Table_rows_say_which_is_the_header_and_the_later_rows_continue_the_table()
    {
        var table = new Table(
            [new TableRow(true, [[new TextRun("a")], [new TextRun("b")]]), new TableRow(false, [[new TextRun("1")], [new TextRun("2")]]), new TableRow(false, [[new TextRun("3")], [new TextRun("4")]])],
            [ColumnAlignment.Left, ColumnAlignment.Right]);
        var roles = Flow(table).Select(f => f.Fragment.Role).ToList();
        Assert.That(roles.Select(r => (r.Kind, r.Continues)), Is.EqualTo(new[]
        {
            (FragmentKind.TableHeaderRow, false), (FragmentKind.TableRow, true), (FragmentKind.TableRow, true),
        }));
    }

    [Test]
    public void Fragments_inside_a_list_know_their_item()
    {
        var list = new ListBlock([new ListItem("A", [Text("first")]), new ListItem("B", [Text("second"), Text("more")])]);
        var roles = Flow(list).Select(f => f.Fragment.Role).ToList();
        Assert.That(roles.Select(r => r.ListItem), Is.EqualTo(new[] { 0, 1, 1 }));
        Assert.That(roles.Select(r => r.Kind).Distinct(), Is.EqualTo(new[] { FragmentKind.Paragraph }));
    }

    [Test]
    public void A_rule_and_page_furniture_are_artifacts()
    {
        Assert.That(Flow(new Rule()).Single().Fragment.Role.Kind, Is.EqualTo(FragmentKind.Artifact));
        var furniture = new DocumentLayout(FixedWidthMeasurer.Instance).Furniture(new PageFrame("Exam", "Ada", "code"), 1, 2);
        Assert.That(furniture.Select(f => f.Fragment.Role.Kind), Is.EqualTo(new[] { FragmentKind.Artifact, FragmentKind.Artifact }));
    }

    [Test]
    public void A_paragraph_before_a_display_stays_with_it_and_a_code_line_before_one_does_not()
    {
        const string source = "x = 1";
        var display = new DisplayMath(source, TexParser.Parse(source).Root);
        Assert.That(Flow(Text("so"), display)[0].KeepWithNext, Is.True);
        Assert.That(Flow(new CodeBlock("x = 1\n"), display)[0].KeepWithNext, Is.False);
    }
}
