using DeepExam.Builtins;
using DeepExam.Builtins.Tensors;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// Convolutions and their gradients, cell by cell: every output cell as the sum of the products the
/// solver's taps (<see cref="ConvolutionTap"/>) add up, the zero-padded input or the flipped kernel
/// first where the sheet would show it.
/// </summary>
internal static class ConvolutionExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["conv1d"] = e => Forward(e, axes: 1, flip: false);
        explainers["conv2d"] = e => Forward(e, axes: 2, flip: false);
        explainers["conv3d"] = e => Forward(e, axes: 3, flip: false);
        explainers["convolve2d"] = e => Forward(e, axes: 2, flip: true);
        foreach (var axes in new[] { 1, 2, 3 })
        {
            explainers[$"conv{axes}d_grad_weight"] = e => WeightGradient(e, axes);
            explainers[$"conv{axes}d_grad_input"] = e => InputGradient(e, axes);
        }
        explainers["conv_transpose2d"] = Transposed;
    }

    private static IEnumerable<WorkingStep> Forward(CallExplanation e, int axes, bool flip)
    {
        var a = e.Arguments;
        var x = a.Tensor("x");
        var w = a.Tensor("w");
        var geometry = TensorFunctions.Geometry(a, axes, dilation: !flip);
        var bias = a.Function.Parameters.Any(p => p.Name == "bias") ? TensorFunctions.Bias(a) : null;
        var xName = e.Symbol("x", "x");
        var wName = e.Symbol("w", "w");
        var steps = new List<WorkingStep>();
        if (flip)
        {
            w = TrueConvolution.Flip(w);
            wName = TexNames.Primed(wName);
            steps.Add(new TensorStep("A true convolution turns the kernel by 180° first", wName, w));
        }
        // A single padded map is shown padded, and its sums include the zeros, as one works it by hand.
        var padded = geometry.Padding.Any(p => p > 0) && x.Rank == axes && axes <= 2;
        if (padded)
        {
            x = Padding.Pad(x, [.. geometry.Padding], Number.Zero);
            xName = TexNames.Primed(xName);
            steps.Add(new TensorStep("The input with its zero padding", xName, x));
            geometry = new ConvolutionGeometry(geometry.Stride, [.. geometry.Padding.Select(_ => 0)], geometry.Dilation);
        }
        var operands = ConvolutionOperands.ForConvolution(x, w, axes, Groups(a));
        var filters = operands.Filters;
        var input = operands.Input;
        var size = geometry.ConvolutionOutput(input.Size, filters.Kernel);
        var taps = ByOutput(ConvolutionTap.All(input.Size, filters.Kernel, size, geometry), size);
        var result = e.Result.AsTensor(a.Function.Name);
        var cells = size.Aggregate(1, (p, q) => p * q);
        var symbol = e.ResultSymbol("y");
        var sums = new CellSums(a.Function.Name, result);
        for (var f = 0; f < filters.Outputs; f++)
        {
            Number? b = bias is null ? null : bias.Count == 1 ? bias[0] : bias[f];
            if (b is { Sign: 0 }) b = null;
            for (var o = 0; o < cells; o++)
            {
                var terms = new List<Product>();
                for (var c = 0; c < filters.Inputs; c++)
                    foreach (var tap in taps[o])
                        terms.Add(new Product(input[filters.InputChannel(f, c), tap.Input], filters[f, c, tap.Kernel]));
                var index = CellSums.Unflatten(f * cells + o, result.Shape);
                sums.Add(f * cells + o, TexNames.Cell(symbol, index), terms, b);
            }
        }
        var sentence = $"Each output cell is the sum of the products of ${wName}${(flip ? "" : ", not flipped,")} with the window of ${xName}$ under it";
        if (filters.Groups > 1) steps.Add(new NoteStep(GroupNote(filters)));
        if (filters.Inputs > 1) sentence += filters.Groups > 1 ? $", over the {filters.Inputs} input channels of its group" : $", over all {filters.Inputs} input channels";
        // The bias by the name the call gave it, so the number added last in each sum can be traced back.
        if (bias is not null && bias.Values.Any(v => v.Sign != 0))
            sentence += bias.Count > 1 ? $", plus the filter's entry of the bias ${e.Symbol("bias", "b")}$" : $", plus the bias ${e.Symbol("bias", "b")}$";
        if (!padded && geometry.Padding.Any(p => p > 0)) sentence += " (products with the zero padding are 0 and left out)";
        steps.Add(new NoteStep(sentence + ":"));
        steps.AddRange(sums.Steps("cells"));
        return steps;
    }

    private static IEnumerable<WorkingStep> WeightGradient(CallExplanation e, int axes)
    {
        var (filters, input, upstream, taps) = GradientOperands(e, axes);
        var byKernel = taps.GroupBy(t => t.Kernel).ToDictionary(g => g.Key, g => g.ToList());
        var result = e.Result.AsTensor(e.Arguments.Function.Name);
        var (xName, wName, gName) = (e.Symbol("x", "x"), e.Symbol("w", "w"), e.Symbol("dy", "g"));
        var sums = new CellSums(e.Arguments.Function.Name, result);
        for (var f = 0; f < filters.Outputs; f++)
            for (var c = 0; c < filters.Inputs; c++)
                for (var k = 0; k < filters.KernelCells; k++)
                {
                    var channel = filters.InputChannel(f, c);
                    var terms = byKernel.TryGetValue(k, out var list)
                        ? list.Select(t => new Product(upstream[f, t.Output], input[channel, t.Input]))
                        : [];
                    var flat = filters.FlatIndex(f, c, k);
                    sums.Add(flat, $"\\frac{{\\partial L}}{{\\partial {TexNames.Cell(wName, CellSums.Unflatten(flat, result.Shape))}}}", terms);
                }
        return
        [
            .. GroupNotes(filters),
            new NoteStep($"Each weight meets one input cell per output cell; its gradient adds up the upstream gradient ${gName}$ of each output "
                + $"times the cell of ${xName}$ the weight met there:"),
            .. sums.Steps("weights"),
        ];
    }

    private static IEnumerable<WorkingStep> InputGradient(CallExplanation e, int axes)
    {
        var (filters, input, upstream, taps) = GradientOperands(e, axes);
        var byInput = taps.GroupBy(t => t.Input).ToDictionary(g => g.Key, g => g.ToList());
        var result = e.Result.AsTensor(e.Arguments.Function.Name);
        var (xName, wName, gName) = (e.Symbol("x", "x"), e.Symbol("w", "w"), e.Symbol("dy", "g"));
        var sums = new CellSums(e.Arguments.Function.Name, result);
        for (var c = 0; c < input.Channels; c++)
            for (var i = 0; i < input.Cells; i++)
            {
                var terms = new List<Product>();
                // Only the filters of the channel's group read it, through their kernel channel for it.
                var (group, kernelChannel) = Math.DivRem(c, filters.Inputs);
                for (var f = 0; f < filters.Outputs; f++)
                    if (filters.GroupOf(f) == group && byInput.TryGetValue(i, out var list))
                        terms.AddRange(list.Select(t => new Product(upstream[f, t.Output], filters[f, kernelChannel, t.Kernel])));
                var flat = c * input.Cells + i;
                sums.Add(flat, $"\\frac{{\\partial L}}{{\\partial {TexNames.Cell(xName, CellSums.Unflatten(flat, result.Shape))}}}", terms);
            }
        return
        [
            .. GroupNotes(filters),
            new NoteStep($"Each input cell feeds every output whose window covers it; its gradient adds up the upstream gradient ${gName}$ of each "
                + $"such output times the kernel entry of ${wName}$ it met:"),
            .. sums.Steps("cells"),
        ];
    }

    /// <summary>What both gradients of a convolution call read, as ConvolutionGradients reads it: the maps, the upstream gradient, the taps.</summary>
    private static (FilterBank Filters, FeatureMaps Input, FeatureMaps Upstream, ConvolutionTap[] Taps) GradientOperands(CallExplanation e, int axes)
    {
        var a = e.Arguments;
        var geometry = TensorFunctions.Geometry(a, axes);
        var operands = ConvolutionOperands.ForConvolution(a.Tensor("x"), a.Tensor("w"), axes, Groups(a));
        var (filters, input) = (operands.Filters, operands.Input);
        var size = geometry.ConvolutionOutput(input.Size, filters.Kernel);
        var upstream = operands.ReadOutput(a.Tensor("dy"), filters.Outputs, size, "'dy'");
        return (filters, input, upstream, ConvolutionTap.All(input.Size, filters.Kernel, size, geometry));
    }

    private static IEnumerable<WorkingStep> Transposed(CallExplanation e)
    {
        var a = e.Arguments;
        var (x, w) = (a.Tensor("x"), a.Tensor("w"));
        var geometry = TensorFunctions.Geometry(a, 2);
        var operands = ConvolutionOperands.ForTransposed(x, w, 2);
        var (filters, input) = (operands.Filters, operands.Input);
        var size = geometry.TransposedOutput(input.Size, filters.Kernel, a.IntOrTuple("output_padding", 2));
        // The solver computes it as the adjoint of a convolution from the output to the input: the
        // same taps, read the other way round.
        var taps = ConvolutionTap.All(size, filters.Kernel, input.Size, geometry);
        var byOutput = taps.GroupBy(t => t.Input).ToDictionary(g => g.Key, g => g.ToList());
        var result = e.Result.AsTensor(a.Function.Name);
        var cells = size.Aggregate(1, (p, q) => p * q);
        var (xName, wName) = (e.Symbol("x", "x"), e.Symbol("w", "w"));
        var symbol = e.ResultSymbol("y");
        var sums = new CellSums(a.Function.Name, result);
        for (var c = 0; c < filters.Inputs; c++)
            for (var o = 0; o < cells; o++)
            {
                var terms = new List<Product>();
                for (var f = 0; f < filters.Outputs; f++)
                    if (byOutput.TryGetValue(o, out var list))
                        terms.AddRange(list.Select(t => new Product(input[f, t.Output], filters[f, c, t.Kernel])));
                var flat = c * cells + o;
                sums.Add(flat, TexNames.Cell(symbol, CellSums.Unflatten(flat, result.Shape)), terms);
            }
        var stride = geometry.Stride.Any(s => s > 1) ? $", {ConvolutionGeometry.Format(geometry.Stride)} cells apart" : "";
        var crop = geometry.Padding.Any(p => p > 0) ? ", and the padding crops the border" : "";
        return
        [
            new NoteStep($"Each cell of ${xName}$ stamps ${wName}$ scaled by its value onto the output{stride}; overlapping stamps add up{crop}. "
                + "Each output cell collects the stamps that land on it:"),
            .. sums.Steps("cells"),
        ];
    }

    /// <summary>The call's groups: 1 for the builtins that have none (conv3d, convolve2d).</summary>
    private static int Groups(BuiltinArguments a) => a.Function.Parameters.Any(p => p.Name == "groups") ? a.Positive("groups") : 1;

    private static IEnumerable<WorkingStep> GroupNotes(FilterBank filters) => filters.Groups > 1 ? [new NoteStep(GroupNote(filters))] : [];

    /// <summary>Which filters see which channels: "With 2 groups, filters 1–3 see channels 1–2; filters 4–6 see channels 3–4."</summary>
    private static string GroupNote(FilterBank filters)
    {
        var (groups, filtersEach, channelsEach) = (filters.Groups, filters.Outputs / filters.Groups, filters.Inputs);
        if (filtersEach == 1 && channelsEach == 1)
            return $"With {groups} groups, one per channel (a depthwise convolution), filter $i$ sees only input channel $i$.";
        if (groups > 4)
            return $"With {groups} groups of {Count(filtersEach, "filter")} and {Count(channelsEach, "input channel")} each, the filters of a group see only the channels of that group.";
        var groupsText = Enumerable.Range(0, groups).Select(k =>
            $"{Range("filter", k * filtersEach, filtersEach)} {(filtersEach == 1 ? "sees" : "see")} {Range("channel", k * channelsEach, channelsEach)}");
        return $"With {groups} groups, {string.Join("; ", groupsText)}.";

        static string Range(string word, int start, int count) => count == 1 ? $"{word} {start + 1}" : $"{word}s {start + 1}–{start + count}";
        static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";
    }

    private static List<ConvolutionTap>[] ByOutput(ConvolutionTap[] taps, int[] size)
    {
        var cells = size.Aggregate(1, (p, q) => p * q);
        var byOutput = Enumerable.Range(0, cells).Select(_ => new List<ConvolutionTap>()).ToArray();
        foreach (var tap in taps) byOutput[tap.Output].Add(tap);
        return byOutput;
    }
}
