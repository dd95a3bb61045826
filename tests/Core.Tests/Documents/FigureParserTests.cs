using DeepExam.Documents;
using DeepExam.Documents.Figures;
using DeepExam.Documents.Math;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Tests.Documents;

public class FigureParserTests
{
    private static T Panel<T>(string spec) where T : FigurePanel
    {
        var figure = FigureParser.Parse(spec);
        Assert.That(figure.Problems.Select(p => p.ToString()), Is.Empty);
        return (T)figure.Panels.Single();
    }

    [Test]
    public void A_conv_volume_line_reads_input_kernel_filters_and_output()
    {
        var panel = Panel<ConvVolumePanel>("conv-volume input: 32x32x3, kernel: 5x5, filters: 6, output: 28x28x6");
        Assert.That(panel.Input, Is.EqualTo(new Volume(32, 32, 3)));
        Assert.That((panel.KernelHeight, panel.KernelWidth), Is.EqualTo((5, 5)));
        Assert.That(panel.Filters, Is.EqualTo(6));
        Assert.That(panel.Output, Is.EqualTo(new Volume(28, 28, 6)));
    }

    [Test]
    public void A_conv_volume_takes_the_times_sign_and_spaces_and_its_filters_from_the_output_depth()
    {
        var panel = Panel<ConvVolumePanel>("conv-volume input: 24 × 20 × 1, kernel: 3 × 3, output: 22x18x8");
        Assert.That(panel.Input, Is.EqualTo(new Volume(24, 20, 1)));
        Assert.That(panel.Filters, Is.EqualTo(8));
    }

    [Test]
    public void A_conv_volume_without_output_leaves_the_output_size_unknown()
    {
        var panel = Panel<ConvVolumePanel>("conv-volume input: 32x32x3, kernel: 5x5, filters: 6");
        Assert.That(panel.Output, Is.Null);
        Assert.That(panel.Filters, Is.EqualTo(6));
    }

    [Test]
    public void A_grid_reads_a_matrix_as_a_template_prints_it()
    {
        // {{X}} prints a tensor as nested lists: fractions as 11/3, negatives with a minus.
        var x = Tensor.Build([2, 3], i => Number.Exact(new Rational(i[0] == 0 ? -i[1] : 11, i[1] + 1)));
        var panel = Panel<GridPanel>($"grid values: {new TensorValue(x)}");
        Assert.That((panel.Rows, panel.Columns), Is.EqualTo((2, 3)));
        Assert.That(panel.Cells.Select(c => c.Text), Is.EqualTo(new[] { "0", "-1/2", "-2/3", "11", "11/2", "11/3" }));
        Assert.That(panel.Label, Is.Null);
        Assert.That(panel.Padding, Is.Zero);
    }

    [TestCase("12", "12")]
    [TestCase("-12", @"-12")]
    [TestCase("+3", "3")]
    [TestCase("0.25", "0.25")]
    [TestCase("-0.5", @"-0.5")]
    [TestCase("11/3", @"\frac{11}{3}")]
    [TestCase("-11/3", @"-\frac{11}{3}")]
    [TestCase("2.5E-05", @"2.5 \cdot 10^{-5}")]
    public void A_cell_is_the_math_its_number_is_in_TeX(string number, string tex)
    {
        var cell = Panel<GridPanel>($"grid values: [[{number}]]").Cells.Single();
        Assert.That(Structure(cell.Math), Is.EqualTo(Structure(TexParser.Parse(tex).Root)));

        // Atoms with their class and variant (how they are spaced and set), rows and other nodes by their text.
        static string Structure(MathNode node) => node switch
        {
            MathAtom a => $"{a.Text}:{a.Class}:{a.Variant}",
            MathRow r => $"row({r.IsGroup}; {string.Join(", ", r.Items.Select(Structure))})",
            var other => $"{other.GetType().Name}({other})",
        };
    }

    [Test]
    public void A_grid_reads_decimals_and_approximate_numbers()
    {
        var panel = Panel<GridPanel>("grid values: [[0.25, -1.5], [2.5E-05, 3]]");
        Assert.That(panel.Cells.Select(c => c.Text), Is.EqualTo(new[] { "0.25", "-1.5", "2.5E-05", "3" }));
    }

    [Test]
    public void A_grid_reads_its_label_padding_shade_windows_and_marks()
    {
        var panel = Panel<GridPanel>("grid values: [[1, 2], [3, 4]], label: M', padding: 1, shade: 2x2 at (0, 1), windows: 2x2, marks: [[0, 1], [1, 0]]");
        Assert.That(panel.LabelSource, Is.EqualTo("M'"));
        Assert.That(panel.Label, Is.Not.Null);
        Assert.That((panel.Padding, panel.DrawnRows, panel.DrawnColumns), Is.EqualTo((1, 4, 4)));
        Assert.That(panel.Shade, Is.EqualTo(new CellBlock(0, 1, 2, 2)));
        Assert.That(panel.Windows, Is.EqualTo(new PoolingWindows(2, 2, 2)), "the stride defaults to the window");
        Assert.That(panel.Marks, Is.EqualTo(new[] { false, true, true, false }));
        Assert.That(panel.CellAt(0, 0), Is.Null, "a padding cell");
        Assert.That(panel.CellAt(1, 2)!.Text, Is.EqualTo("2"));
        Assert.That(panel.IsMarked(1, 2), Is.True);
    }

    [Test]
    public void A_label_may_hold_commas_inside_braces()
    {
        var panel = Panel<GridPanel>(@"grid values: [[1]], label: x_{i,j}");
        Assert.That(panel.LabelSource, Is.EqualTo("x_{i,j}"));
    }

    [Test]
    public void Each_line_is_a_panel_set_side_by_side()
    {
        var figure = FigureParser.Parse("grid values: [[1, 2], [3, 4]], label: x\n\n  grid values: [[1]], label: W\nconv-volume input: 8x8x1, kernel: 3x3\n");
        Assert.That(figure.Problems, Is.Empty);
        Assert.That(figure.Panels.Select(p => p.GetType().Name), Is.EqualTo(new[] { "GridPanel", "GridPanel", "ConvVolumePanel" }));
    }

    private static IEnumerable<TestCaseData> BadSpecs()
    {
        TestCaseData Bad(string spec, string message, string name) => new TestCaseData(spec, message).SetName($"Bad spec: {name}");
        yield return Bad("", "the figure is empty", "empty");
        yield return Bad("grd values: [[1]]", "unknown figure kind 'grd' (did you mean 'grid'?)", "unknown kind");
        yield return Bad("grid values: [[1]], labl: x", "unknown field 'labl' for grid (did you mean 'label'?)", "unknown field");
        yield return Bad("grid values: [[1]], values: [[2]]", "field 'values' is given twice", "repeated field");
        yield return Bad("grid values", "'values' is not a field: write name: value", "no colon");
        yield return Bad("grid values: [[1]],, label: x", "an empty field", "empty field");
        yield return Bad("grid values: [[1]], label:", "label: no value", "no value");
        yield return Bad("grid values: [[1]] label: x", "runs into the field 'label:'; separate fields with commas", "missing comma");
        yield return Bad("grid label: x", "missing values:", "missing values");
        yield return Bad("grid values: [1, 2]", "values: '[1, 2]' is not a matrix", "vector");
        yield return Bad("grid values: [[1, 2], [3]]", "row 2 has 1 numbers and row 1 has 2", "ragged rows");
        yield return Bad("grid values: [[1, x]]", "'x' in row 1 is not a number", "not a number");
        yield return Bad("grid values: [[1, 1.]]", "'1.' in row 1 is not a number", "half a decimal");
        yield return Bad("grid values: [[1]], padding: 9", "padding: '9' is not a whole number from 0 to 4", "padding too large");
        yield return Bad("grid values: [[1]], padding: -1", "padding: '-1' is not a whole number", "negative padding");
        yield return Bad("grid values: [[1, 2], [3, 4]], shade: 2x2 at (1, 0)", "shade: the 2x2 at (1, 0) reaches past the 2x2 grid", "shade off the grid");
        yield return Bad("grid values: [[1]], padding: 1, shade: 2x2 at (2, 2)", "reaches past the padded 3x3 grid", "shade off the padded grid");
        yield return Bad("grid values: [[1, 2], [3, 4]], shade: 2 by 2", "shade: '2 by 2' is not a block of cells", "shade syntax");
        yield return Bad("grid values: [[1, 2], [3, 4]], shade: 0x1 at (0, 0)", "has no cells", "empty shade");
        yield return Bad("grid values: [[1, 2, 3], [4, 5, 6], [7, 8, 9]], windows: 2x2 stride 1", "windows with stride 1 overlap", "overlapping windows");
        yield return Bad("grid values: [[1, 2], [3, 4]], windows: 3x3", "a 3x3 window does not fit the 2x2 grid", "window too large");
        yield return Bad("grid values: [[1, 2], [3, 4]], windows: 2x2 step 2", "is not a window", "window syntax");
        yield return Bad("grid values: [[1, 2], [3, 4]], marks: [[1]]", "marks: 1x1 marks for 2x2 values", "marks of another shape");
        yield return Bad(@"grid values: [[1]], label: \boxed{x}", @"label: unsupported TeX \boxed", "unsupported TeX in a label");
        yield return Bad("conv-volume input: 32x32, kernel: 5x5", "input: '32x32' is not height x width x channels", "two-dimensional input");
        yield return Bad("conv-volume input: 32x32x3, kernel: 0x5", "kernel: '0x5' is not height x width", "zero kernel");
        yield return Bad("conv-volume input: 4x4x3, kernel: 5x5", "the 5x5 kernel is larger than the 4x4 input", "kernel larger than input");
        yield return Bad("conv-volume input: 32x32x3, kernel: 5x5, filters: six", "filters: 'six' is not a whole number from 1", "filters not a number");
        yield return Bad("conv-volume input: 32x32x3, kernel: 5x5, filters: 6, output: 28x28x5", "the depth 5 differs from filters: 6", "output depth differs");
        yield return Bad("conv-volume kernel: 5x5", "missing input: HxWxC", "missing input");
        yield return Bad("conv-volume input: 32x32x3, kernel: 5x5, padding: 1", "unknown field 'padding' for conv-volume", "a grid field on a volume");
    }

    [TestCaseSource(nameof(BadSpecs))]
    public void A_bad_spec_is_a_problem_and_no_panel(string spec, string message)
    {
        var figure = FigureParser.Parse(spec);
        Assert.That(figure.IsValid, Is.False);
        Assert.That(figure.Panels, Is.Empty, "a bad figure is never drawn as a guess");
        Assert.That(figure.Problems.Select(p => p.Message), Has.Some.Contains(message));
    }

    [Test]
    public void Problems_name_the_figure_and_line_and_every_mistake_of_a_line()
    {
        var figure = FigureParser.Parse("grid values: [[1]]\ngrid values: [[1], [2, 3]], labl: x", index: 2);
        Assert.That(figure.Problems.Length, Is.EqualTo(2));
        Assert.That(figure.Problems.Select(p => (p.Figure, p.Line)), Is.All.EqualTo((2, 2)));
        Assert.That(figure.Problems[0].ToString(), Does.StartWith("line 2: unknown field 'labl'"));
        Assert.That(figure.Problems[1].Message, Does.Contain("row 2 has 2 numbers"));
    }

    [Test]
    public void A_fenced_figure_block_becomes_a_figure_and_figures_are_counted_in_order()
    {
        var document = MarkdownToDocument.Convert("Text.\n\n```figure\ngrid values: [[1]]\n```\n\n- an item\n\n  ```figure\n  grid valuez: [[1]]\n  ```\n\n```python\nx = 1\n```\n");
        Assert.That(document.Blocks.Select(b => b.GetType().Name), Is.EqualTo(new[] { "Paragraph", "Figure", "ListBlock", "CodeBlock" }));
        var figures = MarkdownToDocument.Figures("```figure\ngrid values: [[1]]\n```\n\n- an item\n\n  ```figure\n  grid valuez: [[1]]\n  ```\n");
        Assert.That(figures.Select(f => f.IsValid), Is.EqualTo(new[] { true, false }));
        Assert.That(figures[1].Problems.Single().ToString(), Does.StartWith("line 1: unknown field 'valuez' for grid (did you mean 'values'?)"), "a misspelt field is not also reported missing");
        Assert.That(figures[1].Problems.Single().Figure, Is.EqualTo(1));
    }
}
