using DeepExam.Documents;

namespace DeepExam.Tests.Working;

public class NetworkTraceExplainersTests
{
    // The builtin's documented example: Homework 4's 28 × 28 network, 100 + 910 + 1473 = 2483 parameters.
    private const string SmallCnn = """
        derived: { net: "trace([1, 28, 28], [Conv(1, 10, 3, 1, 1), MaxPool(2), Conv(10, 10, 3, 1, 1), MaxPool(2), Flatten(), Linear(490, 3)])" }
        parts: [ { id: a, prompt: p, kind: integer, answer: net.total, points: 1 } ]
        """;

    [Test]
    public void Each_layer_shows_its_output_size_arithmetic_and_the_shape_it_passes_on()
    {
        var working = WorkingSheet.Working(SmallCnn);
        Assert.That(working, Does.Contain("|  | input |  | $[1, 28, 28]$ |"));
        Assert.That(working, Does.Contain(@"| 1 | Conv $3 \times 3$, $1 \to 10$ | $28 + 2 \cdot 1 - 3 + 1 = 28$ | $[10, 28, 28]$ |"));
        Assert.That(working, Does.Contain(@"| 2 | MaxPool $2 \times 2$ | $\lfloor (28 - 2)/2 \rfloor + 1 = 14$ | $[10, 14, 14]$ |"));
        Assert.That(working, Does.Contain(@"| 4 | MaxPool $2 \times 2$ | $\lfloor (14 - 2)/2 \rfloor + 1 = 7$ | $[10, 7, 7]$ |"));
        Assert.That(working, Does.Contain(@"| 5 | Flatten | $10 \cdot 7 \cdot 7 = 490$ | $[490]$ |"));
        Assert.That(working, Does.Contain(@"| 6 | Linear $490 \to 3$ |  | $[3]$ |"));
    }

    [Test]
    public void Only_layers_with_weights_are_counted_and_their_counts_add_up_to_the_total()
    {
        var working = WorkingSheet.Working(SmallCnn);
        Assert.That(working, Does.Contain(@"| 1 | Conv $3 \times 3$, $1 \to 10$ | $10 \cdot (3 \cdot 3 \cdot 1 + 1) = 100$ |"));
        Assert.That(working, Does.Contain(@"| 3 | Conv $3 \times 3$, $10 \to 10$ | $10 \cdot (3 \cdot 3 \cdot 10 + 1) = 910$ |"));
        Assert.That(working, Does.Contain(@"| 6 | Linear $490 \to 3$ | $3 \cdot (490 + 1) = 1473$ |"));
        Assert.That(working, Does.Not.Contain("| 2 | MaxPool $2 \\times 2$ | 0 |"));
        Assert.That(working, Does.Contain("$$100 + 910 + 1473 = 2483$$"));
    }

    [Test]
    public void The_trace_typesets_as_two_tables()
    {
        var document = MarkdownToDocument.Convert(WorkingSheet.Working(SmallCnn));
        Assert.That(document.Problems, Is.Empty);
        Assert.That(document.Blocks.OfType<Table>().Select(t => t.ToString()), Is.EqualTo(new[] { "table 8×4", "table 4×3" }));
    }

    [Test]
    public void Large_counts_are_grouped_in_thousands()
    {
        var working = WorkingSheet.Working("""
            derived: { net: "trace([25088], [Linear(25088, 4096), ReLU(), Linear(4096, 10, false)])" }
            parts: [ { id: a, prompt: p, kind: integer, answer: net.total, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"| 1 | Linear $25\,088 \to 4096$ | $4096 \cdot (25\,088 + 1) = 102\,764\,544$ |"));
        Assert.That(working, Does.Contain(@"| 3 | Linear $4096 \to 10$, no bias | $10 \cdot 4096 = 40\,960$ |"));
        Assert.That(working, Does.Contain(@"$$102\,764\,544 + 40\,960 = 102\,805\,504$$"));
    }

    [Test]
    public void A_ceil_mode_pooling_drops_a_last_window_that_would_start_in_the_padding()
    {
        // PyTorch: MaxPool2d(2, 2, padding=1, ceil_mode=True) on 5 gives ⌈(5 + 2 − 2)/2⌉ + 1 = 4 windows, the
        // last starting at 3·2 = 6 ≥ 5 + 1, so 3.
        var working = WorkingSheet.Working("""
            derived: { net: "trace([1, 5, 5], [MaxPool(2, 2, 1, 1, true)])" }
            parts: [ { id: a, prompt: p, kind: shape, answer: net.output, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"| 1 | MaxPool $2 \times 2$, rounding up | $\lceil (5 + 2 \cdot 1 - 2)/2 \rceil + 1 = 4$, less a window in the padding: 3 | $[1, 3, 3]$ |"));
        Assert.That(working, Does.Not.Contain("parameters"));
    }

    [Test]
    public void A_grouped_convolution_names_its_groups_and_counts_the_channels_of_one_group()
    {
        var working = WorkingSheet.Working("""
            derived: { net: "trace([32, 56, 56], [Conv(32, 32, 3, 1, 1, 1, false, 32), Conv(32, 64, 3, 1, 1, groups=4)])" }
            parts: [ { id: a, prompt: p, kind: integer, answer: net.total, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"| 1 | Conv $3 \times 3$, $32 \to 32$, depthwise, no bias | $32 \cdot 3 \cdot 3 \cdot 1 = 288$ |"));
        Assert.That(working, Does.Contain(@"| 2 | Conv $3 \times 3$, $32 \to 64$, 4 groups | $64 \cdot (3 \cdot 3 \cdot 8 + 1) = 4672$ |"));
    }

    // A downsampling BasicBlock of ResNet-18 (layer2's first), then an identity block, dropout and the classifier.
    private const string ResidualNet = """
        derived:
          net: "trace([64, 56, 56], [Residual([Conv(64, 128, 3, 2, 1, bias=false), BatchNorm(128), ReLU(), Conv(128, 128, 3, 1, 1, bias=false), BatchNorm(128)], [Conv(64, 128, 1, 2, bias=false), BatchNorm(128)]), ReLU(), Residual([Conv(128, 128, 3, 1, 1, bias=false), BatchNorm(128)]), Dropout(0.2), AdaptiveAvgPool(1), Flatten(), Linear(128, 10)])"
        parts: [ { id: a, prompt: p, kind: integer, answer: net.total, points: 1 } ]
        """;

    [Test]
    public void A_residual_block_shows_each_path_layer_by_layer_and_then_the_addition()
    {
        var working = WorkingSheet.Working(ResidualNet);
        Assert.That(working, Does.Contain("the rows of a residual block are numbered within it (1.1, 1.2, … on the main path, 1.s1, … on the shortcut), and its own row adds the two paths"));
        Assert.That(working, Does.Contain(@"| 1.1 | Conv $3 \times 3$, $64 \to 128$, no bias | $\lfloor (56 + 2 \cdot 1 - 3)/2 \rfloor + 1 = 28$ | $[128, 28, 28]$ |"));
        Assert.That(working, Does.Contain(@"| 1.s1 | Conv $1 \times 1$, $64 \to 128$, no bias | $\lfloor (56 - 1)/2 \rfloor + 1 = 28$ | $[128, 28, 28]$ |"));
        Assert.That(working, Does.Contain("| 1 | Residual: 1.5 + 1.s2 |  | $[128, 28, 28]$ |"));
        Assert.That(working, Does.Contain("| 3 | Residual: 3.2 + the block's input |  | $[128, 28, 28]$ |"));
        Assert.That(working, Does.Contain(@"| 4 | Dropout, $p = \frac{1}{5}$ |  | $[128, 28, 28]$ |"));
    }

    [Test]
    public void A_residual_block_counts_the_parameters_of_its_layers_and_then_its_total()
    {
        var working = WorkingSheet.Working(ResidualNet);
        Assert.That(working, Does.Contain(@"| 1.s1 | Conv $1 \times 1$, $64 \to 128$, no bias | $128 \cdot 1 \cdot 1 \cdot 64 = 8192$ |"));
        Assert.That(working, Does.Contain(@"| 1 | Residual block, both paths | $73\,728 + 256 + 147\,456 + 256 + 8192 + 256 = 230\,144$ |"));
        Assert.That(working, Does.Contain(@"| 3 | Residual block | $147\,456 + 256 = 147\,712$ |"));
        Assert.That(working, Does.Contain(@"$$230\,144 + 147\,712 + 1290 = 379\,146$$"));
    }

    [Test]
    public void A_residual_trace_typesets_without_problems() =>
        Assert.That(MarkdownToDocument.Convert(WorkingSheet.Working(ResidualNet)).Problems, Is.Empty);
}
