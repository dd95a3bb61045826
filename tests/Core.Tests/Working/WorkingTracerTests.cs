using DeepExam.Builtins;
using DeepExam.Documents;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using DeepExam.Text;
using DeepExam.Working;

namespace DeepExam.Tests.Working;

public class WorkingTracerTests
{
    private static ExerciseTemplate Template(string body) => WorkingSheet.Template(body);

    private static SolvedExercise Solve(string body) => WorkingSheet.Solve(body);

    private static string Working(string body, int part = 0) => WorkingSheet.Working(body, part);

    [Test]
    public void Cross_correlation_shows_each_cell_as_the_products_the_solver_added()
    {
        var working = Working("""
            derived: { x: "[[0, -1, 3], [2, 1/2, 1]]", W: "[[0, 1], [1, 1/2]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "conv2d(x, W)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$y_{1,1} = (0 \times 0) + (-1 \times 1) + (2 \times 1) + (\frac{1}{2} \times \frac{1}{2}) = \frac{5}{4}$$"));
        Assert.That(working, Does.Contain(@"$$y_{1,2} = (-1 \times 0) + (3 \times 1) + (\frac{1}{2} \times 1) + (1 \times \frac{1}{2}) = 4$$"));
        Assert.That(working, Does.Contain("products of $W$, not flipped, with the window of $x$"));
    }

    [Test]
    public void A_padded_convolution_shows_the_padded_input_and_sums_over_its_zeros()
    {
        var working = Working("""
            derived: { M: "[[1, 2], [3, 4]]", K: "[[1, 0], [0, 1]]", out: "conv2d(M, K, padding=1)" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: out, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$M' = \begin{bmatrix} 0 & 0 & 0 & 0 \\ 0 & 1 & 2 & 0 \\ 0 & 3 & 4 & 0 \\ 0 & 0 & 0 & 0 \end{bmatrix}$$"));
        Assert.That(working, Does.Contain(@"$$\mathit{out}_{1,1} = (0 \times 1) + (0 \times 0) + (0 \times 0) + (1 \times 1) = 1$$"));
        Assert.That(working, Does.Contain(@"$$\mathit{out}_{2,2} = (1 \times 1) + (2 \times 0) + (3 \times 0) + (4 \times 1) = 5$$"));
    }

    [Test]
    public void A_grouped_convolution_says_which_filters_see_which_channels_and_sums_only_over_the_group()
    {
        var working = Working("""
            derived: { x: "[[[1]], [[2]], [[3]], [[4]]]", W: "[[[[1]], [[1]]], [[[1]], [[-1]]]]" }
            parts: [ { id: a, prompt: p, kind: tensor, answer: "conv2d(x, W, groups=2)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("With 2 groups, filter 1 sees channels 1–2; filter 2 sees channels 3–4."));
        Assert.That(working, Does.Contain("over the 2 input channels of its group"));
        Assert.That(working, Does.Contain(@"$$y_{1,1,1} = (1 \times 1) + (2 \times 1) = 3$$"));
        Assert.That(working, Does.Contain(@"$$y_{2,1,1} = (3 \times 1) + (4 \times (-1)) = -1$$"));
    }

    [Test]
    public void A_depthwise_convolution_says_each_filter_sees_its_own_channel()
    {
        var working = Working("""
            derived: { x: "[[[1, 2]], [[3, 4]]]", W: "[[[[1, 1]]], [[[2, 0]]]]" }
            parts: [ { id: a, prompt: p, kind: tensor, answer: "conv2d(x, W, groups=2)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("With 2 groups, one per channel (a depthwise convolution), filter $i$ sees only input channel $i$."));
        Assert.That(working, Does.Contain(@"$$y_{2,1,1} = (3 \times 2) + (4 \times 0) = 6$$"));
    }

    [Test]
    public void A_true_convolution_shows_the_flipped_kernel_first()
    {
        var working = Working("""
            derived: { x: "[[1, 2, 3], [4, 5, 6]]", w: "[[1, 0], [0, 2]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "convolve2d(x, w)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$w' = \begin{bmatrix} 2 & 0 \\ 0 & 1 \end{bmatrix}$$"));
        Assert.That(working, Does.Contain(@"$$y_{1,1} = (1 \times 2) + (2 \times 0) + (4 \times 0) + (5 \times 1) = 7$$"));
    }

    [TestCase("conv_out(32, 5, stride=2, padding=1)", @"\left\lfloor \frac{n + 2p - k}{s} \right\rfloor + 1 = \left\lfloor \frac{32 + 2 \cdot 1 - 5}{2} \right\rfloor + 1 = 15")]
    [TestCase("conv_out(28, 3)", @"n - k + 1 = 28 - 3 + 1 = 26")]
    [TestCase("conv_out(7, 3, dilation=2)", @"n - d (k - 1) = 7 - 2 \cdot (3 - 1) = 3")]
    [TestCase("pool_out(7, 2, ceil_mode=true)", @"\left\lceil \frac{n - k}{s} \right\rceil + 1 = \left\lceil \frac{7 - 2}{2} \right\rceil + 1 = 4")]
    [TestCase("conv2d_params(3, 16, 5)", @"c_{out} (k_h k_w \, c_{in} + 1) = 16 \cdot (5 \cdot 5 \cdot 3 + 1) = 1216")]
    [TestCase("conv2d_params(32, 64, 3, groups=4)", @"c_{out} (k_h k_w \, \frac{c_{in}}{g} + 1) = 64 \cdot (3 \cdot 3 \cdot \frac{32}{4} + 1) = 4672")]
    [TestCase("conv_macs(32, 32, 3, [112, 112], groups=32)", @"k_h k_w \, \frac{c_{in}}{g} \cdot c_{out} \, h_{out} w_{out} = 3 \cdot 3 \cdot \frac{32}{32} \cdot 32 \cdot 112 \cdot 112 = 3\,612\,672")]
    [TestCase("fc_params(100, 10, bias=false)", @"n_{out} \, n_{in} = 10 \cdot 100 = 1000")]
    [TestCase("fc_params(25088, 4096)", @"n_{out} (n_{in} + 1) = 4096 \cdot (25\,088 + 1) = 102\,764\,544")]
    [TestCase("conv_macs(3, 64, 3, [224, 224])", @"k_h k_w \, c_{in} \cdot c_{out} \, h_{out} w_{out} = 3 \cdot 3 \cdot 3 \cdot 64 \cdot 224 \cdot 224 = 86\,704\,128")]
    [TestCase("conv_macs(1, 64, 3, [16, 224, 224])", @"k_t k_h k_w \, c_{in} \cdot c_{out} \, t_{out} h_{out} w_{out} = 3 \cdot 3 \cdot 3 \cdot 1 \cdot 64 \cdot 16 \cdot 224 \cdot 224 = 1\,387\,266\,048")]
    [TestCase("conv_transpose_out(3, 3, stride=2, padding=1)", @"(n - 1) s - 2p + (k - 1) + 1 = (3 - 1) \cdot 2 - 2 \cdot 1 + (3 - 1) + 1 = 5")]
    public void A_size_or_count_shows_its_formula_with_the_numbers_in_it(string answer, string formula)
    {
        var working = Working($$"""
            parts: [ { id: a, prompt: p, kind: integer, answer: "{{answer}}", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("$$" + formula + "$$"));
    }

    [Test]
    public void A_derived_value_is_worked_once_in_the_first_part_that_needs_it()
    {
        var solved = Solve("""
            parameters: { N: { choice: [32] }, K: { choice: [5] } }
            derived: { side: "conv_out(N, K)" }
            parts:
              - { id: a, prompt: p, kind: integer, answer: side, points: 1 }
              - { id: b, prompt: p, kind: integer, answer: "side * side", points: 1 }
            """);
        var first = WorkingMarkdown.Write(solved.Parts[0].Working);
        var second = WorkingMarkdown.Write(solved.Parts[1].Working);
        Assert.That(first, Does.Contain(@"$$\mathit{side} = n - k + 1 = 32 - 5 + 1 = 28$$"));
        Assert.That(second, Does.Not.Contain("n - k + 1"));
        Assert.That(second, Does.Contain(@"$$\mathit{side} \cdot \mathit{side} = 28 \cdot 28 = 784$$"));
    }

    [Test]
    public void A_derived_value_that_chooses_between_two_calls_names_the_result_of_the_one_evaluated()
    {
        var working = WorkingSheet.Working("""
            parameters: { vertical: { choice: [false] } }
            derived:
              I: "[[1, 2], [3, 4]]"
              Kv: "[[1, -1]]"
              Kh: "[[1], [-1]]"
              E: { expr: "vertical ? conv2d(I, Kv) : conv2d(I, Kh)", tex: "E" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: E, points: 1 } ]
            """);
        Assert.That(working, Does.Contain("the sum of the products of $K_{h}$, not flipped, with the window of $I$ under it"));
        Assert.That(working, Does.Contain(@"$$E_{1,1} = (1 \times 1) + (3 \times (-1)) = -2$$"));
    }

    [Test]
    public void A_fraction_raised_to_a_power_is_bracketed_whether_written_or_put_in()
    {
        const string Body = """
            parameters: { L: { choice: [3] }, w: { choice: [3/2] } }
            parts:
              - { id: a, prompt: p, kind: exact, answer: (1 / 4) ^ L, points: 1 }
              - { id: b, prompt: p, kind: exact, answer: w ^ 2 + w, points: 1 }
            """;
        Assert.That(Working(Body, 0), Does.Contain(@"$$\left(\frac{1}{4}\right)^{L} = \left(\frac{1}{4}\right)^{3} = \frac{1}{64}$$"));
        Assert.That(Working(Body, 1), Does.Contain(@"$$w^{2} + w = \left(\frac{3}{2}\right)^{2} + \frac{3}{2} = \frac{15}{4}$$"));
    }

    [Test]
    public void Arithmetic_keeps_its_grouping_and_brackets_a_negative_number_only_where_it_follows_an_operator()
    {
        var working = Working("""
            parameters: { a: { choice: [-3] }, b: { choice: [4] } }
            parts: [ { id: p, prompt: p, kind: exact, answer: "(a + b) * a - b / 2", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$(a + b) \cdot a - \frac{b}{2} = (-3 + 4) \cdot (-3) - \frac{4}{2} = -5$$"));
    }

    [Test]
    public void A_negated_operand_after_a_product_is_bracketed_with_names_and_with_numbers()
    {
        var working = Working("""
            parameters: { p: { choice: [3] }, q: { choice: [4] } }
            derived: { s: "(p / q)^2" }
            parts: [ { id: a, prompt: p, kind: exact, answer: "s * -3 + -p * q", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$s \cdot (-3) + (-p) \cdot q = \frac{9}{16} \cdot (-3) + (-3) \cdot 4 = -\frac{219}{16}$$"));
    }

    [Test]
    public void A_run_of_output_sizes_names_its_formula_once()
    {
        var working = Working("""
            derived: { h1: "conv_out(32, 5)", h2: "conv_out(h1, 3, stride=2)" }
            parts: [ { id: a, prompt: p, kind: integer, answer: h2, points: 1 } ]
            """);
        Assert.That(working.Split("Output size along one axis:").Length - 1, Is.EqualTo(1));
        Assert.That(working, Does.Contain(@"$$h_{2} = \left\lfloor \frac{n - k}{s} \right\rfloor + 1 = \left\lfloor \frac{28 - 3}{2} \right\rfloor + 1 = 13$$"));
    }

    [Test]
    public void Arithmetic_on_a_call_with_tensor_arguments_writes_the_call_as_its_value()
    {
        var working = Working("""
            derived: { w: "[1, 2]", x: "[3, 4]", b: "1/2" }
            parts: [ { id: a, prompt: p, kind: exact, answer: "dot(w, x) + b", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$w \cdot x = (1 \times 3) + (2 \times 4) = 11$$"));
        Assert.That(working, Does.Contain(@"$$\operatorname{dot}(w, x) + b = 11 + \frac{1}{2} = \frac{23}{2}$$"));
    }

    [Test]
    public void A_negative_value_that_starts_a_line_or_a_bracket_needs_no_parentheses()
    {
        var working = Working("""
            parameters: { a: { choice: [-3] }, b: { choice: [-2] } }
            parts: [ { id: p, prompt: p, kind: exact, answer: "a + b * (a - b) + b ^ 2 - (-a)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$a + b \cdot (a - b) + b^{2} - (-a) = -3 + (-2) \cdot (-3 - (-2)) + (-2)^{2} - (-(-3)) = 0$$"));
    }

    [Test]
    public void A_part_whose_values_were_worked_earlier_points_to_that_part()
    {
        var solved = Solve("""
            derived:
              net: "trace([1, 8, 8], [Conv(1, 2, 3), Flatten(), Linear(72, 3)])"
              first: net.shapes[0]
            parts:
              - { id: a, prompt: p, kind: shape, answer: first, points: 1 }
              - { id: b, prompt: p, kind: integer, answer: net.total, points: 1 }
            """);
        Assert.That(WorkingMarkdown.Write(solved.Parts[1].Working), Is.EqualTo("See the working of part (a).\n"));
    }

    [Test]
    public void A_numbered_name_reads_as_a_subscript_and_an_unnamed_product_is_named_by_its_factors()
    {
        var working = Working("""
            derived: { W1: "[[1, 2], [0, -1]]", x: "[3, 4]" }
            parts: [ { id: a, prompt: p, kind: vector, answer: "matmul(W1, x) * 2", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("a row of $W_{1}$ times a column of $x$"));
        Assert.That(working, Does.Contain(@"$$(W_{1} x)_{1} = (1 \times 3) + (2 \times 4) = 11$$"));
        Assert.That(working, Does.Contain(@"$$(W_{1} x)_{2} = (0 \times 3) + (-1 \times 4) = -4$$"));
    }

    [Test]
    public void Max_pooling_backward_sends_each_gradient_to_the_first_maximum_of_its_window()
    {
        var working = Working("""
            derived: { X: "[[1, 3], [3, 2]]", g: "[[5]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "maxpool2d_backward(X, g, 2)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("- $g_{1,1} = 5$ goes to $X_{1,2}$: the maximum, 3, of its window."));
    }

    [Test]
    public void Average_pooling_shows_each_window_over_its_divisor()
    {
        var working = Working("""
            derived: { X: "[[1, 4, 3, 2], [7, 8, 1, 2], [1, 0, 7, 3], [2, 1, 5, 1]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "avgpool2d(X, 2)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$y_{1,1} = \frac{1 + 4 + 7 + 8}{4} = 5$$"));
        Assert.That(working, Does.Contain(@"$$y_{2,2} = \frac{7 + 3 + 5 + 1}{4} = 4$$"));
    }

    [Test]
    public void A_ceil_mode_average_window_cut_off_by_the_padded_input_says_what_it_divides_by()
    {
        var working = Working("""
            derived: { X: "[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "avgpool2d(X, 3, stride=2, padding=1, ceil_mode=true)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("a window that runs past the padded input (ceil mode) is cut off there and divides only by the cells it keeps:"));
        Assert.That(working, Does.Contain(@"$$y_{1,1} = \frac{1 + 2 + 5 + 6}{9} = \frac{14}{9}$$"));
        Assert.That(working, Does.Contain(@"$$y_{3,3} = \frac{16}{4} = 4$$"));
    }

    [Test]
    public void A_ceil_mode_window_larger_than_the_input_is_explained_with_its_output_size()
    {
        var working = Working("""
            parts: [ { id: a, prompt: p, kind: integer, answer: "pool_out(2, 3, 2, ceil_mode=true)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$\left\lceil \frac{n - k}{s} \right\rceil + 1 = \left\lceil \frac{2 - 3}{2} \right\rceil + 1 = 1$$"));
        Assert.That(working, Does.Contain("The window is larger than the padded input, but rounding up keeps the one window that starts at its beginning, cut off at its end."));
    }

    [Test]
    public void The_weight_gradient_adds_upstream_gradient_times_input_over_every_output()
    {
        var working = Working("""
            derived: { x: "[[0, -1, 3], [2, 1/2, 1]]", W: "[[0, 1], [1, 1/2]]", dy: "[[1, 1]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "conv2d_grad_weight(x, W, dy)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$\frac{\partial L}{\partial W_{1,1}} = (1 \times 0) + (1 \times (-1)) = -1$$"));
        Assert.That(working, Does.Contain(@"$$\frac{\partial L}{\partial W_{2,1}} = (1 \times 2) + (1 \times \frac{1}{2}) = \frac{5}{2}$$"));
    }

    [Test]
    public void The_1d_gradients_are_worked_cell_by_cell_like_the_2d_ones()
    {
        const string Body = """
            derived: { x: "[1, 4, 0, -2, 3]", w: "[2, -1, 3]", g: "[1, 0, 2]" }
            parts:
              - { id: a, prompt: p, kind: vector, answer: "conv1d_grad_weight(x, w, g)", points: 1 }
              - { id: b, prompt: p, kind: vector, answer: "conv1d_grad_input(x, w, g)", points: 1 }
            """;
        Assert.That(Working(Body, 0), Does.Contain(@"$$\frac{\partial L}{\partial w_{3}} = (1 \times 0) + (0 \times (-2)) + (2 \times 3) = 6$$"));
        Assert.That(Working(Body, 1), Does.Contain(@"$$\frac{\partial L}{\partial x_{3}} = (1 \times 3) + (0 \times (-1)) + (2 \times 2) = 7$$"));
    }

    [Test]
    public void The_3d_gradients_are_worked_cell_by_cell_like_the_2d_ones()
    {
        var working = Working("""
            derived: { x: "[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]", w: "[[[1, 0], [0, 0]], [[0, 0], [0, 1]]]", g: "[[[2]]]" }
            parts: [ { id: a, prompt: p, kind: tensor, answer: "conv3d_grad_weight(x, w, g)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$\frac{\partial L}{\partial w_{2,2,2}} = (2 \times 8) = 16$$"));
    }

    [Test]
    public void A_transposed_convolution_collects_the_stamps_on_each_output_cell()
    {
        var working = Working("""
            derived: { x: "[[-1, 2], [3, 1]]", w: "[[1, -1], [0, 1]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "conv_transpose2d(x, w)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$y_{1,2} = (-1 \times (-1)) + (2 \times 1) = 3$$"));
        Assert.That(working, Does.Contain(@"$$y_{2,2} = (-1 \times 1) + (2 \times 0) + (3 \times (-1)) + (1 \times 1) = -3$$"));
    }

    [Test]
    public void An_sgd_step_shows_predictions_loss_gradient_update_and_the_loss_after_with_scalar_y_and_t_for_one_output()
    {
        var working = Working("""
            derived: { W: "[[3, 2]]", X: "[[2, 1, -1], [4, -2, 0]]", T: "[[15, 3, 1]]", step: "sgd_linear(W, X, T, 1)" }
            parts: [ { id: a, prompt: p, kind: exact, answer: step.loss_next, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$y_{1} = (3 \times 2) + (2 \times 4) = 14$$"));
        Assert.That(working, Does.Contain(@"$$\mathcal{L} = \frac{1}{2} \sum (y - t)^2 = \frac{1}{2} \left( (14 - 15)^2 + (-1 - 3)^2 + (-3 - 1)^2 \right) = \frac{33}{2}$$"));
        Assert.That(working, Does.Contain(@"$$\frac{\partial \mathcal{L}}{\partial W_{1,1}} = (-1 \times 2) + (-4 \times 1) + (-4 \times (-1)) = -2$$"));
        Assert.That(working, Does.Contain(@"$$W'_{1,1} = 3 - \frac{1}{3} \cdot (-2) = \frac{11}{3}$$"));
        Assert.That(working, Does.Contain(@"$$\mathcal{L}' = \frac{1}{2} \sum (y' - t)^2 = "));
        Assert.That(working, Does.Contain(@"= \frac{425}{18}$$"));
    }

    [Test]
    public void A_dot_product_is_one_sum_of_products()
    {
        // The builtin's documented example: 4 − 10 + 3/2 = −9/2.
        var working = Working("""
            derived: { u: "[1, 2, 3]", v: "[4, -5, 1/2]" }
            parts: [ { id: a, prompt: p, kind: exact, answer: "dot(u, v)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$u \cdot v = (1 \times 4) + (2 \times (-5)) + (3 \times \frac{1}{2}) = -\frac{9}{2}$$"));
    }

    [Test]
    public void An_sgd_step_on_several_outputs_writes_matrices_Y_and_T()
    {
        // Y = I·X = [[1], [2]] against T = [[0], [1]]: ½ (1² + 1²) = 1.
        var working = Working("""
            derived: { W: "[[1, 0], [0, 1]]", X: "[[1], [2]]", T: "[[0], [1]]", step: "sgd_linear(W, X, T, 1)" }
            parts: [ { id: a, prompt: p, kind: exact, answer: step.loss, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$Y_{2,1} = (0 \times 1) + (1 \times 2) = 2$$"));
        Assert.That(working, Does.Contain(@"$$\mathcal{L} = \frac{1}{2} \sum (Y - T)^2 = \frac{1}{2} \left( (1 - 0)^2 + (2 - 1)^2 \right) = 1$$"));
    }

    [Test]
    public void Relu_backward_shows_the_mask_the_gradient_passes_through()
    {
        var working = Working("""
            derived: { x: "[[1, -2], [0, 3]]", g: "[[5, 6], [7, 8]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "relu_grad(x, g)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$\mathrm{ReLU}'(x) = \begin{bmatrix} 1 & 0 \\ 0 & 1 \end{bmatrix}$$"));
    }

    [Test]
    public void A_large_output_shows_the_first_cells_and_counts_the_rest()
    {
        var working = Working("""
            derived: { x: "ones([8, 8])", w: "ones([2, 2])" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "conv2d(x, w)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("y_{2,1} = "));
        Assert.That(working, Does.Not.Contain("y_{2,2} = "));
        Assert.That(working, Does.Contain("The other 41 cells are computed the same way."));
    }

    [Test]
    public void A_plain_lookup_has_no_working()
    {
        var solved = Solve("""
            parameters: { n: { int: [1, 9] } }
            parts: [ { id: a, prompt: p, kind: integer, answer: n, points: 1 } ]
            """);
        Assert.That(solved.Parts[0].Working, Is.Empty);
    }

    [Test]
    public void Grading_solves_without_tracing()
    {
        var template = Template("""
            parts: [ { id: a, prompt: p, kind: integer, answer: "conv_out(32, 5)", points: 1 } ]
            """);
        var solved = new ExerciseSolver(new ExpressionEvaluator(BuiltinRegistry.Default), new TextRenderer(), renderText: false)
            .Solve(template, 1, VariantSeed.Random("e", "k", "s", "1"));
        Assert.That(solved.Parts[0].Working, Is.Empty);
    }

    [Test]
    public void Working_typesets_without_unsupported_tex()
    {
        var working = Working("""
            derived: { x: "[[0, -1, 3], [2, 1/2, 1]]", W: "[[0, 1], [1, 1/2]]", n_in: "conv_out(12, 3, stride=2, padding=1)" }
            parts:
              - { id: a, prompt: p, kind: matrix, answer: "conv2d_grad_input(x, W, [[1, -2]])", points: 1 }
              - { id: b, prompt: p, kind: integer, answer: "n_in * 2", points: 1 }
            """) + Working("""
            derived: { n_in: "conv_out(12, 3, stride=2, padding=1)" }
            parts: [ { id: b, prompt: p, kind: integer, answer: "n_in * 2", points: 1 } ]
            """) + string.Concat(Solve("""
            derived: { z: "[1, 2, 3]", y: "[0, 1, 0]", net: "trace([3, 9, 9], [Conv(3, 4, 3, 2, 1), ReLU(), MaxPool(2, 1), Flatten(), Linear(64, 2)])" }
            parts:
              - { id: a, prompt: p, kind: vector, answer: "softmax_cross_entropy_grad(z, y)", points: 1 }
              - { id: b, prompt: p, kind: approx, answer: "cross_entropy(softmax(z), y)", points: 1 }
              - { id: c, prompt: p, kind: integer, answer: "net.total + receptive_field([Conv(1, 1, 3), MaxPool(2)])", points: 1 }
              - { id: d, prompt: p, kind: vector, answer: "sigmoid_grad(z) + tanh(z)", points: 1 }
            """).Parts.Select(part => WorkingMarkdown.Write(part.Working)));
        Assert.That(MarkdownToDocument.Problems(working).Select(p => p.Command + ": " + p.Message), Is.Empty);
    }
}
