using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using static DeepExam.Builtins.BuiltinParameter;

namespace DeepExam.Builtins;

/// <summary>
/// Tensors and what is computed on them: construction and shape, linear algebra, convolutions and
/// their gradients, pooling and its gradients. The algorithms live in <see cref="Tensors"/>; this file
/// only binds them to names, parameters and worked examples.
/// </summary>
public static class TensorFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        RegisterConstruction(b);
        RegisterLinearAlgebra(b);
        RegisterConvolution(b);
        RegisterPooling(b);
    }

    private static void RegisterConstruction(BuiltinRegistry.Builder b)
    {
        b.Category = "Tensors";
        b.Add("zeros", "A tensor of zeros; the shape is a list of sizes, or one size for a vector.",
            [Required("shape", "integer or list of integers")],
            [new("zeros([2, 3])", "[[0, 0, 0], [0, 0, 0]]"), new("zeros(3)", "[0, 0, 0]")],
            a => Value.Of(Tensor.Zeros(ShapeArgument(a))));
        b.Add("ones", "A tensor of ones; the shape is a list of sizes, or one size for a vector.",
            [Required("shape", "integer or list of integers")],
            [new("ones([2, 2])", "[[1, 1], [1, 1]]")],
            a => Value.Of(Tensor.Build(ShapeArgument(a), _ => Number.One)));
        b.Add("identity", "The n×n identity matrix.",
            [Required("n", "integer")],
            [new("identity(2)", "[[1, 0], [0, 1]]")],
            a => Value.Of(LinearAlgebra.Identity(a.Positive("n"))));
        b.Add("shape", "The sizes of the axes of x, as a list (empty for a number).",
            [Required("x", "number or tensor")],
            [new("shape([[1, 2, 3], [4, 5, 6]])", "[2, 3]")],
            a => a["x"] is NumberValue ? Value.Shape([]) : Value.Shape(a.Tensor("x").Shape));
        b.Add("reshape", "The values of x in row-major order, laid out in a new shape with the same number of cells.",
            [Required("x", "tensor"), Required("shape", "list of integers")],
            [new("reshape([1, 2, 3, 4, 5, 6], [2, 3])", "[[1, 2, 3], [4, 5, 6]]")],
            a => Value.Of(Reshape(a.Tensor("x"), a.IntList("shape"))));
        b.Add("flatten", "The values of x in row-major order, as a vector.",
            [Required("x", "tensor")],
            [new("flatten([[1, 2], [3, 4]])", "[1, 2, 3, 4]")],
            a =>
            {
                var x = a.Tensor("x");
                return Value.Of(x.Reshape([x.Count]));
            });
    }

    private static void RegisterLinearAlgebra(BuiltinRegistry.Builder b)
    {
        b.Category = "Linear algebra";
        b.Add("transpose", "The transpose of a matrix.",
            [Required("a", "matrix")],
            [new("transpose([[1, 2, 3], [4, 5, 6]])", "[[1, 4], [2, 5], [3, 6]]")],
            a => Value.Of(LinearAlgebra.Transpose(a.Tensor("a"))));
        b.Add("matmul", "Matrix product: matrix·matrix, matrix·vector (the vector as a column, giving a vector) or vector·matrix (the vector as a row, giving a vector).",
            [Required("a", "matrix or vector"), Required("b", "matrix or vector")],
            [new("matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])", "[[19, 22], [43, 50]]"), new("matmul([[1, 2], [3, 4]], [1, -1])", "[-1, -1]")],
            a => Value.Of(LinearAlgebra.Matmul(a.Tensor("a"), a.Tensor("b"))));
        b.Add("dot", "Inner product Σ u_i v_i of two vectors (or of any two tensors of the same shape).",
            [Required("u", "vector"), Required("v", "vector")],
            [new("dot([1, 2, 3], [4, -5, 1/2])", "-9/2")],
            a => Value.Of(LinearAlgebra.Dot(a.Tensor("u"), a.Tensor("v"))));
        b.Add("outer", "Outer product u vᵀ of two vectors, a matrix.",
            [Required("u", "vector"), Required("v", "vector")],
            [new("outer([1, 2], [3, 4, 5])", "[[3, 4, 5], [6, 8, 10]]")],
            a => Value.Of(LinearAlgebra.Outer(a.Tensor("u"), a.Tensor("v"))));
        b.Add("det", "The determinant of a square matrix, exact for exact entries (0 exactly when the matrix is singular).",
            [Required("A", "square matrix")],
            [new("det([[1, 2], [3, 4]])", "-2"), new("det([[1, 4, 0], [4, 0, -2], [0, -2, 3]])", "-52")],
            a => Value.Of(LinearAlgebra.Determinant(a.Tensor("A"))));
        b.Add("solve", "The exact solution x of A x = b for a square, non-singular A (Gaussian elimination over the rationals); b is a vector, or a matrix of right-hand-side columns.",
            [Required("A", "square matrix"), Required("b", "vector or matrix")],
            [new("solve([[2, 1], [1, 3]], [3, 5])", "[4/5, 7/5]")],
            a => Value.Of(ExactLinearSolve.Solve(a.Tensor("A"), a.Tensor("b"))));
        b.Add("recover_filter1d", "The filter w with conv1d(x, w) = y (stride 1, no padding), of length len(x) − len(y) + 1, solved exactly; an error when no filter or more than one fits.",
            [Required("x", "vector"), Required("y", "vector")],
            [new("recover_filter1d([1, 4, 0, -2, 3], [-2, 2, 11])", "[2, -1, 3]")],
            a => Value.Of(FilterRecovery.Recover1d(a.Tensor("x"), a.Tensor("y"))));
    }

    private static void RegisterConvolution(BuiltinRegistry.Builder b)
    {
        b.Category = "Convolution";
        b.Add("pad", "Pads the last two axes of a matrix or [C, H, W] maps (the only axis of a vector) with `value` on both sides; padding is an integer or [ph, pw].",
            [Required("x", "tensor"), Required("padding", "integer or pair"), Optional("value", "number", 0)],
            [new("pad([[1, 2], [3, 4]], 1)", "[[0, 0, 0, 0], [0, 1, 2, 0], [0, 3, 4, 0], [0, 0, 0, 0]]"), new("pad([1, 2], 2, value=-1)", "[-1, -1, 1, 2, -1, -1]")],
            a =>
            {
                var x = a.Tensor("x");
                return Value.Of(Padding.Pad(x, a.IntOrTuple("padding", Padding.PaddedAxes(x)), a.Number("value")));
            });
        b.Add("flip", "Reverses the last two axes (a kernel rotated by 180°), or the only axis of a vector.",
            [Required("w", "tensor")],
            [new("flip([[1, 2], [3, 4]])", "[[4, 3], [2, 1]]"), new("flip([1, 2, 3])", "[3, 2, 1]")],
            a => Value.Of(TrueConvolution.Flip(a.Tensor("w"))));
        b.Add("conv1d", "Cross-correlation of vector x with kernel w (no flip, zero padding), as torch conv1d; also x [C, L] with w [C, k] (summed over channels) or w [F, C, k] (F output rows). bias is a number or one entry per filter." + GroupsText("k"),
            [Required("x", "vector"), Required("w", "vector"), .. Geometry(dilation: true), Optional("bias", "number or vector", 0), Groups],
            [new("conv1d([1, 4, 0, -2, 3], [2, -1, 3])", "[-2, 2, 11]"), new("conv1d([1, 2, 3, 4, 5], [1, 1], stride=2)", "[3, 7]"),
             new("conv1d([1, 4, 0, -2, 3], [2, -1, 3], bias=1)", "[-1, 3, 12]"),
             new("conv1d([[1, 2, 3], [4, 5, 6]], [[[1, 1]], [[1, -1]]], groups=2)", "[[3, 5], [-1, -1]]")],
            a => Value.Of(CrossCorrelation.Apply(a.Tensor("x"), a.Tensor("w"), Geometry(a, 1), Bias(a), a.Positive("groups"))));
        b.Add("conv2d", "Cross-correlation as torch conv2d (no kernel flip, zero padding): x [H, W] with w [kh, kw] gives a matrix; x [C, H, W] with w [C, kh, kw] sums over channels into a matrix; x [C, H, W] with w [F, C, kh, kw] gives [F, oh, ow]. stride, padding and dilation are integers or pairs; bias is a number or one entry per filter." + GroupsText("kh, kw"),
            [Required("x", "matrix or [C, H, W]"), Required("w", "kernel or filter bank"), .. Geometry(dilation: true), Optional("bias", "number or vector", 0), Groups],
            [new("conv2d([[0, -1, 3], [2, 1/2, 1]], [[0, 1], [1, 1/2]])", "[[5/4, 4]]"),
             new("conv2d([[1, 2], [3, 4]], [[1, 0], [0, 1]], padding=1, bias=1)", "[[2, 3, 1], [4, 6, 3], [1, 4, 5]]"),
             new("conv2d([[[1, 2], [3, 4]], [[5, 6], [7, 8]]], [[[[1, 1]]], [[[1, -1]]]], groups=2)", "[[[3], [7]], [[-1], [-1]]]")],
            a => Value.Of(CrossCorrelation.Apply(a.Tensor("x"), a.Tensor("w"), Geometry(a, 2), Bias(a), a.Positive("groups"))));
        b.Add("conv3d", "Cross-correlation over three spatial axes: x [D, H, W] with w [kd, kh, kw], or x [C, D, H, W] with w [C, kd, kh, kw] summed over channels; stride, padding and dilation are integers or triples; bias is a number added to every output.",
            [Required("x", "[D, H, W] or [C, D, H, W]"), Required("w", "kernel"), .. Geometry(dilation: true), Optional("bias", "number", 0)],
            [new("conv3d([[[1, 2], [3, 4]], [[5, 6], [7, 8]]], [[[1, 0], [0, 0]], [[0, 0], [0, 1]]])", "[[[9]]]"),
             new("conv3d([[[1, 2], [3, 4]], [[5, 6], [7, 8]]], [[[1, 0], [0, 0]], [[0, 0], [0, 1]]], bias=-9)", "[[[0]]]")],
            a => Value.Of(CrossCorrelation.Apply(a.Tensor("x"), a.Tensor("w"), Geometry(a, 3), Bias(a))));
        b.Add("convolve2d", "True convolution: the kernel is flipped in both spatial axes before sliding (what a student computes by mistake when asked for conv2d); layouts as conv2d.",
            [Required("x", "matrix or [C, H, W]"), Required("w", "kernel or filter bank"), .. Geometry(dilation: false)],
            [new("convolve2d([[1, 2, 3], [4, 5, 6]], [[1, 0], [0, 2]])", "[[7, 10]]")],
            a => Value.Of(TrueConvolution.Apply(a.Tensor("x"), a.Tensor("w"), Geometry(a, 2, dilation: false))));
        Gradients(b, axes: 1, "vector or [C, L]", "kernel or filter bank",
            [new("conv1d_grad_input([1, 4, 0, -2, 3], [2, -1, 3], [1, 0, 2])", "[2, -1, 7, -2, 6]"),
             new("conv1d_grad_input([[1, 2, 3], [4, 5, 6]], [[[1, 1]], [[1, -1]]], [[1, 0], [0, 1]], groups=2)", "[[1, 1, 0], [0, 1, -1]]")],
            [new("conv1d_grad_weight([1, 4, 0, -2, 3], [2, -1, 3], [1, 0, 2])", "[1, 0, 6]"),
             new("conv1d_grad_weight([[1, 2, 3], [4, 5, 6]], [[[1, 1]], [[1, -1]]], [[1, 0], [0, 1]], groups=2)", "[[[1, 2]], [[5, 6]]]")]);
        Gradients(b, axes: 2, "matrix or [C, H, W]", "kernel or filter bank",
            [new("conv2d_grad_input([[0, -1, 3], [2, 1/2, 1]], [[0, 1], [1, 1/2]], [[1, 1]])", "[[0, 1, 1], [1, 3/2, 1/2]]"),
             new("conv2d_grad_input([[[1, 2]], [[3, 4]]], [[[[1, 1]]], [[[2, 0]]]], [[[1]], [[1]]], groups=2)", "[[[1, 1]], [[2, 0]]]")],
            [new("conv2d_grad_weight([[0, -1, 3], [2, 1/2, 1]], [[0, 1], [1, 1/2]], [[1, 1]])", "[[-1, 2], [5/2, 3/2]]"),
             new("conv2d_grad_weight([[[1, 2]], [[3, 4]]], [[[[1, 1]]], [[[2, 0]]]], [[[1]], [[1]]], groups=2)", "[[[[1, 2]]], [[[3, 4]]]]")]);
        Gradients(b, axes: 3, "[D, H, W] or [C, D, H, W]", "kernel",
            [new("conv3d_grad_input([[[1, 2], [3, 4]], [[5, 6], [7, 8]]], [[[1, 0], [0, 0]], [[0, 0], [0, 1]]], [[[2]]])", "[[[2, 0], [0, 0]], [[0, 0], [0, 2]]]")],
            [new("conv3d_grad_weight([[[1, 2], [3, 4]], [[5, 6], [7, 8]]], [[[1, 0], [0, 0]], [[0, 0], [0, 1]]], [[[2]]])", "[[[2, 4], [6, 8]], [[10, 12], [14, 16]]]")]);
        b.Add("conv_transpose2d", "Transposed convolution as torch ConvTranspose2d: each input cell stamps the kernel times its value at stride spacing, overlaps add, padding crops the border, output_padding extends the far edge. x [H, W] with w [kh, kw] gives a matrix; x [H, W] with w [F, kh, kw] or x [C, H, W] with w [C, F, kh, kw] (PyTorch's [in, out, kh, kw]) gives [F, oh, ow]. With the same w it is the adjoint of conv2d.",
            [Required("x", "matrix or [C, H, W]"), Required("w", "kernel or filter bank"), Optional("stride", "integer or pair", 1), Optional("padding", "integer or pair", 0),
             Optional("output_padding", "integer or pair", 0), Optional("dilation", "integer or pair", 1)],
            [new("conv_transpose2d([[-1, 2], [3, 1]], [[1, -1], [0, 1]])", "[[-1, 3, -2], [3, -3, 1], [0, 3, 1]]"),
             new("conv_transpose2d([[1, 2]], [[1, 1], [1, 1]], stride=2)", "[[1, 1, 2, 2], [1, 1, 2, 2]]")],
            a => Value.Of(TransposedConvolution.Apply(a.Tensor("x"), a.Tensor("w"), Geometry(a, 2), a.IntOrTuple("output_padding", 2))));
    }

    private static void RegisterPooling(BuiltinRegistry.Builder b)
    {
        b.Category = "Pooling";
        const string Planes = " x is [H, W] or [C, H, W] (channels pooled separately); kernel, stride and padding are integers or pairs, and the stride defaults to the kernel.";
        b.Add("maxpool2d", "Max pooling as torch MaxPool2d; padded cells never win (they count as −∞). With ceil_mode a last window may run past the padded input by less than the stride and is clipped to it, even a window larger than the whole input (see pool_out)." + Planes,
            Pooling(withDy: false),
            [new("maxpool2d([[1, 4, 3, 2], [7, 8, 1, 2], [1, 0, 7, 3], [2, 1, 5, 1]], 2)", "[[8, 3], [2, 7]]"),
             new("maxpool2d([[1, 2], [3, 4]], 3, stride=2, ceil_mode=true)", "[[4]]")],
            a => Value.Of(MaxPooling.Forward(a.Tensor("x"), PoolingOf(a))));
        b.Add("avgpool2d", "Average pooling as torch AvgPool2d with count_include_pad: padded cells count as zeros, and the divisor is the number of the window's cells inside the padded input, zeros of the padding included. That is k·k, except for a ceil-mode window that runs past the padded input: PyTorch divides it only by the cells it keeps. In the last example the rows (and columns) of the windows are −1..1 (3 cells, 2 of the input), 1..3 (3 of the input) and 3..4 (row 4 is padding, row 5 lies past it), so the corner window divides its one input cell by 2·2 = 4." + Planes,
            Pooling(withDy: false),
            [new("avgpool2d([[1, 4, 3, 2], [7, 8, 1, 2], [1, 0, 7, 3], [2, 1, 5, 1]], 2)", "[[5, 2], [1, 4]]"),
             new("avgpool2d([[1, 2], [3, 4]], 2, stride=1, padding=1)", "[[1/4, 3/4, 1/2], [1, 5/2, 3/2], [3/4, 7/4, 1]]"),
             new("avgpool2d([[1, 2], [3, 4]], 3, stride=2, ceil_mode=true)", "[[5/2]]"),
             new("avgpool2d(ones([4, 4]), 3, stride=2, padding=1, ceil_mode=true)", "[[4/9, 2/3, 1/3], [2/3, 1, 1/2], [1/3, 1/2, 1/4]]")],
            a => Value.Of(AveragePooling.Forward(a.Tensor("x"), PoolingOf(a))));
        b.Add("maxpool2d_backward", "∂L/∂x through maxpool2d given dy = ∂L/∂y: each dy cell goes to the position of its window's maximum. Ties go to the first maximum in row-major order within the window (PyTorch's CPU rule); a cell that wins several overlapping windows receives their sum." + Planes,
            Pooling(withDy: true),
            [new("maxpool2d_backward([[1, 3], [3, 2]], [[5]], 2)", "[[0, 5], [0, 0]]")],
            a => Value.Of(MaxPooling.Backward(a.Tensor("x"), a.Tensor("dy"), PoolingOf(a))));
        b.Add("avgpool2d_backward", "∂L/∂x through avgpool2d given dy = ∂L/∂y: each window cell inside the input receives dy divided by the forward divisor; overlapping windows add up." + Planes,
            Pooling(withDy: true),
            [new("avgpool2d_backward([[1, 2], [3, 4]], [[4]], 2)", "[[1, 1], [1, 1]]"),
             new("avgpool2d_backward([[1, 2, 3], [4, 5, 6]], [[1, 2]], 2, stride=1)", "[[1/4, 3/4, 1/2], [1/4, 3/4, 1/2]]")],
            a => Value.Of(AveragePooling.Backward(a.Tensor("x"), a.Tensor("dy"), PoolingOf(a))));
        b.Add("pool_has_ties", "True when some maxpool2d window holds its maximum more than once, so that maxpool2d_backward depends on the tie rule." + Planes,
            Pooling(withDy: false),
            [new("pool_has_ties([[1, 3], [3, 2]], 2)", "true"), new("pool_has_ties([[1, 4, 3, 2], [7, 8, 1, 2], [1, 0, 7, 3], [2, 1, 5, 1]], 2)", "false")],
            a => Value.Of(MaxPooling.HasTies(a.Tensor("x"), PoolingOf(a))));
    }

    /// <summary>
    /// conv{axes}d_grad_input and conv{axes}d_grad_weight, with the arguments of conv{axes}d (and dy); 3-D has
    /// no filter bank (its weights would have rank 5), so no groups either.
    /// </summary>
    private static void Gradients(BuiltinRegistry.Builder b, int axes, string input, string kernel, BuiltinExample[] inputExamples, BuiltinExample[] weightExamples)
    {
        var name = $"conv{axes}d";
        var groups = axes < 3;
        BuiltinParameter[] parameters =
            [Required("x", input), Required("w", kernel), Required("dy", "output-shaped tensor"), .. Geometry(dilation: true), .. groups ? [Groups] : Array.Empty<BuiltinParameter>()];
        var layouts = groups ? $"all {name} layouts, groups too" : $"the {name} layouts";
        b.Add($"{name}_grad_input", $"∂L/∂x for y = {name}(x, w, ...) given the upstream gradient dy = ∂L/∂y: the transposed convolution of dy, the shape of x ({layouts}).",
            parameters, inputExamples,
            a => Value.Of(ConvolutionGradients.Input(a.Tensor("x"), a.Tensor("w"), a.Tensor("dy"), Geometry(a, axes), groups ? a.Positive("groups") : 1)));
        b.Add($"{name}_grad_weight", $"∂L/∂w for y = {name}(x, w, ...) given the upstream gradient dy = ∂L/∂y: the cross-correlation of x with dy, the shape of w ({layouts}).",
            parameters, weightExamples,
            a => Value.Of(ConvolutionGradients.Weight(a.Tensor("x"), a.Tensor("w"), a.Tensor("dy"), Geometry(a, axes), groups ? a.Positive("groups") : 1)));
    }

    private static readonly BuiltinParameter Groups = Optional("groups", "integer", 1);

    private static string GroupsText(string kernel) =>
        $" With groups=g (torch's groups), x [C, ...] and w [F, C/g, {kernel}]: the channels and the filters are split into g groups in order, "
        + "and each filter sees only the channels of its group; groups = C is a depthwise convolution.";

    private static BuiltinParameter[] Geometry(bool dilation) =>
        dilation
            ? [Optional("stride", "integer or tuple", 1), Optional("padding", "integer or tuple", 0), Optional("dilation", "integer or tuple", 1)]
            : [Optional("stride", "integer or pair", 1), Optional("padding", "integer or pair", 0)];

    /// <summary>The geometry arguments of a convolution call, read as the solver reads them (worked solutions reuse it).</summary>
    internal static ConvolutionGeometry Geometry(BuiltinArguments a, int axes, bool dilation = true) =>
        new(a.IntOrTuple("stride", axes), a.IntOrTuple("padding", axes),
            dilation ? a.IntOrTuple("dilation", axes) : Enumerable.Repeat(1, axes).ToArray());

    internal static Tensor Bias(BuiltinArguments a) =>
        a["bias"] is NumberValue ? Tensor.Vector(a.Number("bias")) : a.Tensor("bias", 1);

    private static BuiltinParameter[] Pooling(bool withDy) =>
    [
        Required("x", "matrix or [C, H, W]"),
        .. withDy ? new[] { Required("dy", "pooled-shaped tensor") } : [],
        Required("kernel", "integer or pair"),
        OptionalNone("stride", "integer or pair"),
        Optional("padding", "integer or pair", 0),
        Optional("ceil_mode", "boolean", false),
    ];

    internal static PoolingGeometry PoolingOf(BuiltinArguments a)
    {
        var kernel = a.IntOrTuple("kernel", 2);
        var stride = a.IsNone("stride") ? kernel : a.IntOrTuple("stride", 2);
        return new PoolingGeometry(kernel, stride, a.IntOrTuple("padding", 2), a.Bool("ceil_mode"));
    }

    private static int[] ShapeArgument(BuiltinArguments a) =>
        a["shape"] is NumberValue ? [a.Positive("shape")] : a.IntList("shape");

    private static Tensor Reshape(Tensor x, int[] shape)
    {
        var cells = shape.Aggregate(1L, (n, d) => n * d);
        if (shape.All(d => d >= 1) && cells != x.Count)
            throw new EvaluationException(
                $"cannot reshape {Tensor.FormatShape(x.Shape)} ({x.Count} values) into {Tensor.FormatShape(shape)} ({cells} values)");
        return x.Reshape(shape);
    }
}
