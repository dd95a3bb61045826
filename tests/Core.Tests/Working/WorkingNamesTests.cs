using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Working;

namespace DeepExam.Tests.Working;

/// <summary>
/// The working names what it shows as the template does: a name by its TeX reading or the TeX name its author gave
/// it, an argument passed as an expression by that expression, never by a name of the working's own invention.
/// </summary>
public class WorkingNamesTests
{
    [Test]
    public void An_argument_passed_as_a_call_is_named_by_the_call()
    {
        // Before, flip(K) was shown as "w", a name the template never gives it.
        var working = WorkingSheet.Working("""
            derived: { M: "[[1, 2], [3, 4]]", K: "[[1, 0], [0, 1]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "conv2d(M, flip(K))", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"the products of $\operatorname{flip}(K)$, not flipped, with the window of $M$"));
    }

    [Test]
    public void A_padded_argument_passed_as_a_call_is_bracketed_before_its_prime()
    {
        var working = WorkingSheet.Working("""
            derived: { M: "[[1, 2], [3, 4]]", K: "[[1, 0], [0, 1]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "conv2d(reshape(M, [2, 2]), K, padding=1)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain(@"$$(\operatorname{reshape}(M, [2, 2]))' = \begin{bmatrix}"));
    }

    [Test]
    public void An_upstream_gradient_written_as_a_list_or_a_call_is_named_by_what_was_written()
    {
        const string Body = """
            derived: { X: "[[1, 3], [3, 2]]", x: "[1, 4, 0, -2, 3]", w: "[2, -1, 3]" }
            parts:
              - { id: a, prompt: p, kind: matrix, answer: "maxpool2d_backward(X, [[5]], 2)", points: 1 }
              - { id: b, prompt: p, kind: vector, answer: "conv1d_grad_weight(x, w, ones(3))", points: 1 }
            """;
        Assert.That(WorkingSheet.Working(Body, 0), Does.Contain("- $([[5]])_{1,1} = 5$ goes to $X_{1,2}$"));
        Assert.That(WorkingSheet.Working(Body, 1), Does.Contain(@"the upstream gradient $\operatorname{ones}(3)$ of each output"));
    }

    [Test]
    public void A_tex_name_names_the_derived_value_as_a_result_as_an_argument_and_in_a_formula()
    {
        var working = WorkingSheet.Working("""
            derived:
              M: { expr: "[[1, 2], [3, 4]]", tex: "\\mathbf{M}" }
              K: "[[1, 0], [0, 1]]"
              outS: { expr: "conv2d(M, K, padding=1)", tex: "Y" }
              side: { expr: "conv_out(2, 2, padding=1)", tex: "n_{out}" }
              cells: side * side
            parts:
              - { id: a, prompt: p, kind: matrix, answer: outS, points: 1 }
              - { id: b, prompt: p, kind: integer, answer: cells, points: 1 }
            """);
        Assert.That(working, Does.Contain(@"$$\mathbf{M}' = \begin{bmatrix}"));
        Assert.That(working, Does.Contain(@"$$Y_{1,1} = (0 \times 1) + (0 \times 0) + (0 \times 0) + (1 \times 1) = 1$$"));
        Assert.That(working, Does.Not.Contain("outS"));
    }

    [Test]
    public void A_tex_name_is_used_in_a_formula_of_names()
    {
        var working = WorkingSheet.Working("""
            derived:
              side: { expr: "conv_out(5, 3)", tex: "n_{out}" }
              cells: { expr: "side * side", tex: "A" }
            parts: [ { id: a, prompt: p, kind: integer, answer: cells, points: 1 } ]
            """);
        Assert.That(working, Does.Contain("$$n_{out} = n - k + 1 = 5 - 3 + 1 = 3$$"));
        Assert.That(working, Does.Contain(@"$$A = n_{out} \cdot n_{out} = 3 \cdot 3 = 9$$"));
    }

    [Test]
    public void A_parameters_tex_name_names_it_as_an_argument_and_in_a_formula()
    {
        const string Body = """
            parameters:
              kt: { choice: [3], tex: "k_t" }
              dY: { matrix: [2, 2], range: [1, 1], tex: "\\partial L / \\partial Y" }
            derived: { X: "[[1, 2], [3, 4]]", W: "[[5]]" }
            parts:
              - { id: a, prompt: p, kind: integer, answer: 2 * kt, points: 1 }
              - { id: b, prompt: p, kind: matrix, answer: "conv2d_grad_weight(X, W, dY)", points: 1 }
            """;
        Assert.That(WorkingSheet.Working(Body, 0), Does.Contain(@"$$2 \cdot k_t = 2 \cdot 3 = 6$$"));
        Assert.That(WorkingSheet.Working(Body, 1), Does.Contain(@"\partial L / \partial Y"));
        var solved = WorkingSheet.Solve(Body);
        Assert.That(RawNameCheck.Find(solved.Template, solved.Scope, new ExpressionEvaluator(BuiltinRegistry.Default)), Is.Empty);
    }

    [Test]
    public void The_bias_is_named_where_the_sums_add_it()
    {
        var working = WorkingSheet.Working("""
            parameters: { b: { choice: [2] } }
            derived: { M: "[[1, 2], [3, 4]]", K: "[[1, 0], [0, 1]]" }
            parts: [ { id: a, prompt: p, kind: matrix, answer: "conv2d(M, K, bias=b)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("with the window of $M$ under it, plus the bias $b$:"));
        Assert.That(working, Does.Contain(@"$$y_{1,1} = (1 \times 1) + (2 \times 0) + (3 \times 0) + (4 \times 1) + 2 = 7$$"));
    }

    [Test]
    public void A_one_dimensional_convolution_adds_its_bias_in_the_sums_too()
    {
        var working = WorkingSheet.Working("""
            parameters: { b: { choice: [2] } }
            derived: { x: "[1, 4, 0, -2]", w: "[2, -1, 3]" }
            parts: [ { id: a, prompt: p, kind: vector, answer: "conv1d(x, w, bias=b)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("plus the bias $b$"));
        Assert.That(working, Does.Contain(@"(1 \times 2) + (4 \times (-1)) + (0 \times 3) + 2 = 0"));
    }

    [Test]
    public void A_bias_per_filter_is_named_as_the_filter_entry_of_the_bias()
    {
        var working = WorkingSheet.Working("""
            derived: { X: "[[[1, 2], [3, 4]]]", W: "[[[[1]]], [[[2]]]]", c: "[10, 20]" }
            parts: [ { id: a, prompt: p, kind: tensor, answer: "conv2d(X, W, bias=c)", points: 1 } ]
            """);
        Assert.That(working, Does.Contain("plus the filter's entry of the bias $c$:"));
        Assert.That(working, Does.Contain(@"$$y_{2,1,1} = (1 \times 2) + 20 = 22$$"));
    }

    [Test]
    public void The_raw_name_check_finds_the_names_a_part_shows_as_the_template_spells_them()
    {
        var solved = WorkingSheet.Solve("""
            parameters: { big: { choice: [7] } }
            derived:
              outS: "conv_out(big, 3)"
              side: { expr: "conv_out(big, 5)", tex: "n_{5}" }
              cells: outS * side
            parts:
              - { id: a, prompt: p, kind: integer, answer: outS, points: 1 }
              - { id: b, prompt: p, kind: integer, answer: cells, points: 1 }
            """);
        var raw = RawNameCheck.Find(solved.Template, solved.Scope, new ExpressionEvaluator(BuiltinRegistry.Default));
        // Part a shows outS; part b shows cells and outS again in its formula, but side by its TeX name; big is put in
        // as its number, never written.
        Assert.That(raw, Is.EqualTo(new[]
        {
            new RawName("a", "outS", @"\mathit{outS}"), new RawName("b", "cells", @"\mathit{cells}"), new RawName("b", "outS", @"\mathit{outS}"),
        }));
    }
}
