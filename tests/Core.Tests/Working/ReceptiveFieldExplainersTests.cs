namespace DeepExam.Tests.Working;

public class ReceptiveFieldExplainersTests
{
    [Test]
    public void Each_layer_widens_the_field_by_k_minus_1_times_the_jump_and_multiplies_the_jump_by_its_stride()
    {
        // 1 → 3 (conv 3) → 4 (pool 2, jump becomes 2) → 4 + 2·2 = 8 (conv 3).
        var working = WorkingSheet.Working("""
            parts: [ { id: a, prompt: p, kind: integer, answer: "receptive_field([Conv(1, 1, 3), MaxPool(2), Conv(1, 1, 3)])", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("|  | input | 1 | 1 |"));
        Assert.That(working, Does.Contain(@"| 1 | Conv $3 \times 3$ | $1 + (3 - 1) \cdot 1 = 3$ | 1 |"));
        Assert.That(working, Does.Contain(@"| 2 | MaxPool $2 \times 2$, stride 2 | $3 + (2 - 1) \cdot 1 = 4$ | $1 \cdot 2 = 2$ |"));
        Assert.That(working, Does.Contain(@"| 3 | Conv $3 \times 3$ | $4 + (3 - 1) \cdot 2 = 8$ | 2 |"));
    }

    [Test]
    public void A_dilated_layer_widens_the_field_by_d_times_k_minus_1()
    {
        // The builtin's documented example: 3 × 3, then 3 × 3 with dilation 2, sees 7 pixels.
        var working = WorkingSheet.Working("""
            parts: [ { id: a, prompt: p, kind: integer, answer: "receptive_field([Conv(1, 1, 3), Conv(1, 1, 3, 1, 0, 2)])", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("widens the field $r$ by $d(k - 1)$ units"));
        Assert.That(working, Does.Contain(@"| 2 | Conv $3 \times 3$, dilation 2 | $3 + 2 \cdot (3 - 1) \cdot 1 = 7$ | 1 |"));
    }

    [Test]
    public void A_layer_without_a_window_leaves_the_field_unchanged()
    {
        var working = WorkingSheet.Working("""
            parts: [ { id: a, prompt: p, kind: integer, answer: "receptive_field([Conv(1, 1, 5), ReLU(), Conv(1, 1, 3)])", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("| 2 | ReLU | unchanged | unchanged |"));
        Assert.That(working, Does.Contain(@"| 3 | Conv $3 \times 3$ | $5 + (3 - 1) \cdot 1 = 7$ | 1 |"));
    }

    [Test]
    public void The_effective_stride_is_the_product_of_the_strides()
    {
        // The builtin's documented example: two conv–pool blocks, 1 · 2 · 1 · 2 = 4.
        var working = WorkingSheet.Working("""
            derived: { jump: "effective_stride([Conv(3, 64, 3, 1, 1), MaxPool(2), Conv(64, 128, 3, 1, 1), MaxPool(2)])" }
            parts: [ { id: a, prompt: p, kind: integer, answer: jump, points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$\mathit{jump} = 1 \cdot 2 \cdot 1 \cdot 2 = 4$$"));
    }

    [Test]
    public void The_table_of_receptive_fields_adds_the_start_of_the_first_unit()
    {
        var working = WorkingSheet.Working("""
            derived: { table: "receptive_fields([Conv(1, 1, 3), MaxPool(2), Conv(1, 1, 3, 1, 1)])" }
            parts: [ { id: a, prompt: p, kind: integer, answer: "table[2].rf", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("|  | input | 1 | 1 | 0 |"));
        Assert.That(working, Does.Contain(@"| 1 | Conv $3 \times 3$ | $1 + (3 - 1) \cdot 1 = 3$ | 1 | $0 + 1 \cdot 1 = 1$ |"));
        Assert.That(working, Does.Contain(@"| 2 | MaxPool $2 \times 2$, stride 2 | $3 + (2 - 1) \cdot 1 = 4$ | $1 \cdot 2 = 2$ | $1 + \frac{1}{2} \cdot 1 = \frac{3}{2}$ |"));
        Assert.That(working, Does.Contain(@"| 3 | Conv $3 \times 3$, padding 1 | $4 + (3 - 1) \cdot 2 = 8$ | 2 | $\frac{3}{2} + (1 - 1) \cdot 2 = \frac{3}{2}$ |"));
    }

    [Test]
    public void A_residual_block_shows_its_paths_and_then_the_wider_field()
    {
        var working = WorkingSheet.Working("""
            parts: [ { id: a, prompt: p, kind: integer, answer: "receptive_field([Residual([Conv(1, 1, 3, 2, 1), Conv(1, 1, 3, 1, 1)], [Conv(1, 1, 1, 2)]), Conv(1, 1, 3)])", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"| 1.1 | Conv $3 \times 3$, stride 2 | $1 + (3 - 1) \cdot 1 = 3$ | $1 \cdot 2 = 2$ |"));
        Assert.That(working, Does.Contain(@"| 1.2 | Conv $3 \times 3$ | $3 + (3 - 1) \cdot 2 = 7$ | 2 |"));
        Assert.That(working, Does.Contain(@"| 1.s1 | Conv $1 \times 1$, stride 2 | $1 + (1 - 1) \cdot 1 = 1$ | $1 \cdot 2 = 2$ |"));
        Assert.That(working, Does.Contain(@"| 1 | Residual: either path | $\max(7, 1) = 7$ | 2 |"));
        Assert.That(working, Does.Contain(@"| 2 | Conv $3 \times 3$ | $7 + (3 - 1) \cdot 2 = 11$ | 2 |"));
    }
}
