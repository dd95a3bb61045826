using DeepExam.Evaluation;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// The user's input and weight tensors read as channels and filters. A convolution takes a single map
/// with a single kernel, a multi-channel map with one multi-channel kernel (summed over channels, one
/// output map), or a multi-channel map with a bank of filters (one output map per filter). The output
/// keeps a filter axis only in the last case.
/// </summary>
internal sealed class ConvolutionOperands
{
    public FeatureMaps Input { get; }
    public FilterBank Filters { get; }

    /// <summary>False when the output is a single map given without a channel axis.</summary>
    public bool OutputHasChannelAxis { get; }

    private ConvolutionOperands(FeatureMaps input, FilterBank filters, bool outputHasChannelAxis)
    {
        Input = input;
        Filters = filters;
        OutputHasChannelAxis = outputHasChannelAxis;
    }

    /// <summary>
    /// For a convolution over <paramref name="axes"/> spatial axes: x [spatial] with w [kernel]; x [C, spatial]
    /// with w [C, kernel]; x [C, spatial] with w [F, C, kernel]; or, in <paramref name="groups"/> groups,
    /// x [C, spatial] with w [F, C/groups, kernel], C and F multiples of the groups.
    /// </summary>
    public static ConvolutionOperands ForConvolution(Tensor x, Tensor w, int axes, int groups = 1)
    {
        if (groups != 1) return Grouped(x, w, axes, groups);
        var input = ReadInput(x, axes, "'x'");
        var (size, channels) = (input.Size, input.Channels);
        var kernel = KernelOf(w, axes);
        var layouts = x.Rank == axes ? $"{Kernel(axes)}" : $"{Kernel("C", axes)} or {Kernel("F, C", axes)} with C = {channels}";
        var data = w.ToArray();
        switch (w.Rank - axes)
        {
            case 0 when x.Rank == axes:
                return new(input, new FilterBank(1, 1, kernel, data), false);
            case 1 when x.Rank == axes + 1 && w.Shape[0] == channels:
                return new(input, new FilterBank(1, channels, kernel, data), false);
            case 2 when x.Rank == axes + 1 && w.Shape[1] == channels:
                return new(input, new FilterBank(w.Shape[0], channels, kernel, data), true);
            default:
                throw new EvaluationException($"{Describe(x, axes, size)}, so 'w' must be {layouts}, got {Tensor.FormatShape(w.Shape)}");
        }
    }

    // Only the filter-bank layout has filters to group; the messages say which divisibility fails.
    private static ConvolutionOperands Grouped(Tensor x, Tensor w, int axes, int groups)
    {
        if (groups < 1) throw new EvaluationException($"'groups' must be positive, got {groups}");
        var input = ReadInput(x, axes, "'x'");
        var channels = input.Channels;
        if (x.Rank != axes + 1)
            throw new EvaluationException($"'groups' needs 'x' with a channel axis, [C, {Spatial(axes)}], got {Tensor.FormatShape(x.Shape)}");
        if (channels % groups != 0)
            throw new EvaluationException($"'groups' ({groups}) must divide the input channels of 'x' ({channels})");
        var perGroup = channels / groups;
        if (w.Rank != axes + 2 || w.Shape[1] != perGroup)
            throw new EvaluationException(
                $"'x' has {channels} channels in {groups} groups of {perGroup}, so 'w' must be {Kernel($"F, {perGroup}", axes)}, got {Tensor.FormatShape(w.Shape)}");
        if (w.Shape[0] % groups != 0)
            throw new EvaluationException($"'groups' ({groups}) must divide the filters of 'w' ({w.Shape[0]})");
        return new(input, new FilterBank(w.Shape[0], perGroup, KernelOf(w, axes), w.ToArray(), groups), true);
    }

    /// <summary>
    /// For a transposed convolution, PyTorch's weight layout [in, out, kernel] with the same size-1 axes
    /// left out as in <see cref="ForConvolution"/>, so that the same w makes the two operations adjoint:
    /// x [spatial] with w [kernel]; x [spatial] with w [F, kernel] (F output maps); x [C, spatial] with w [C, F, kernel].
    /// </summary>
    public static ConvolutionOperands ForTransposed(Tensor x, Tensor w, int axes)
    {
        var input = ReadInput(x, axes, "'x'");
        var (size, channels) = (input.Size, input.Channels);
        var kernel = KernelOf(w, axes);
        var layouts = x.Rank == axes ? $"{Kernel(axes)} or {Kernel("F", axes)}" : $"{Kernel("C, F", axes)} with C = {channels}";
        var data = w.ToArray();
        switch (w.Rank - axes)
        {
            case 0 when x.Rank == axes:
                return new(input, new FilterBank(1, 1, kernel, data), false);
            case 1 when x.Rank == axes:
                return new(input, new FilterBank(1, w.Shape[0], kernel, data), true);
            case 2 when x.Rank == axes + 1 && w.Shape[0] == channels:
                return new(input, new FilterBank(channels, w.Shape[1], kernel, data), true);
            default:
                throw new EvaluationException($"{Describe(x, axes, size)}, so 'w' must be {layouts}, got {Tensor.FormatShape(w.Shape)}");
        }
    }

    /// <summary>The shape of the output tensor holding <paramref name="channels"/> maps of the given size.</summary>
    public int[] OutputShape(int channels, int[] size) => OutputHasChannelAxis ? [channels, .. size] : size;

    public Tensor OutputTensor(FeatureMaps maps) => Tensor.Create(OutputShape(maps.Channels, maps.Size), maps.Data);

    /// <summary>Reads an output-shaped tensor (an upstream gradient) back into maps, checking its shape.</summary>
    public FeatureMaps ReadOutput(Tensor dy, int channels, int[] size, string what)
    {
        var expected = OutputShape(channels, size);
        if (!dy.Shape.SequenceEqual(expected))
            throw new EvaluationException($"{what} must have the shape of the output, {Tensor.FormatShape(expected)}, got {Tensor.FormatShape(dy.Shape)}");
        return new FeatureMaps(channels, size, dy.ToArray());
    }

    private static FeatureMaps ReadInput(Tensor x, int axes, string what)
    {
        if (x.Rank != axes && x.Rank != axes + 1)
            throw new EvaluationException($"{what} must be {InputLayouts(axes)}, got {Tensor.FormatShape(x.Shape)}");
        var size = x.Shape.Skip(x.Rank - axes).ToArray();
        var channels = x.Rank == axes ? 1 : x.Shape[0];
        return new FeatureMaps(channels, size, x.ToArray());
    }

    private static int[] KernelOf(Tensor w, int axes) =>
        w.Rank >= axes ? w.Shape.Skip(w.Rank - axes).ToArray() : [];

    private static string Describe(Tensor x, int axes, int[] size) =>
        x.Rank == axes
            ? $"'x' {Tensor.FormatShape(x.Shape)} has no channel axis"
            : $"'x' {Tensor.FormatShape(x.Shape)} has {x.Shape[0]} channel{(x.Shape[0] == 1 ? "" : "s")} of size {Tensor.FormatShape(size)}";

    private static string Spatial(int axes) => axes switch { 1 => "L", 2 => "H, W", _ => "D, H, W" };
    private static string KernelAxes(int axes) => axes switch { 1 => "k", 2 => "kh, kw", _ => "kd, kh, kw" };

    private static string Kernel(int axes) => $"[{KernelAxes(axes)}]";
    private static string Kernel(string leading, int axes) => $"[{leading}, {KernelAxes(axes)}]";
    private static string InputLayouts(int axes) => $"[{Spatial(axes)}] or [C, {Spatial(axes)}]";
}
