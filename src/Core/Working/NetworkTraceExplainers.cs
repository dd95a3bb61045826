using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Builtins.Shapes;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// A network traced layer by layer, as two tables: what each layer is, the output size it computes and
/// the shape it passes on; then the parameters of the layers that learn any, and their total. A layer
/// is named by its kernel and channels; its stride, padding and dilation show in its size arithmetic. Every shape and count is worked
/// from the layer's settings and checked against the solver's Trace record.
/// </summary>
internal static class NetworkTraceExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["trace"] = Trace;
    }

    private static IEnumerable<WorkingStep> Trace(CallExplanation e)
    {
        var a = e.Arguments;
        IReadOnlyList<int> shape = a.IntList("input_shape");
        var layers = Layer.ListFrom(a.List("layers"));
        var record = e.Result as RecordValue ?? throw new InvalidOperationException("trace returns a record");
        var shapes = record["shapes"].AsList("trace");
        var counts = record["params"].AsList("trace");
        // Two narrow tables rather than one wide one: a wide table's cells wrap in the solution's column.
        var tables = new Tables();
        tables.Shapes.Add(["", "input", "", ShapeCell(shape)]);
        var total = BigInteger.Zero;
        var terms = new List<BigInteger>();
        for (var i = 0; i < layers.Count; i++)
        {
            var (next, parameters) = Walk(layers[i], shape, $"{i + 1}", tables);
            var solverShape = shapes[i].AsIntList("trace");
            var solverCount = counts[i].AsInteger("trace");
            if (!next.SequenceEqual(solverShape) || parameters != solverCount)
                throw new InvalidOperationException(
                    $"the worked layer {i + 1} of trace gives {ShapeText(next)} and {parameters} parameters, the solver {ShapeText(solverShape)} and {solverCount}: the working and the solver disagree");
            if (!parameters.IsZero) terms.Add(parameters);
            shape = next;
            total += parameters;
        }
        var totalValue = record["total"];
        if (totalValue.AsInteger("trace") != total)
            throw new InvalidOperationException($"the worked total of trace gives {total}, the solver {totalValue}: the working and the solver disagree");
        var caption = layers.SelectMany(Flattened).Any(l => l is ConvLayer or MaxPoolLayer or AvgPoolLayer)
            ? "The shapes, layer by layer; a convolution or pooling gives $\\lfloor (n + 2p - d(k - 1) - 1)/s \\rfloor + 1$ positions along each axis"
            : "The shapes, layer by layer";
        if (layers.Select((layer, i) => (layer, i)).FirstOrDefault(p => p.layer is ResidualLayer) is ({ } _, var first))
            caption += $"; the rows of a residual block are numbered within it ({first + 1}.1, {first + 1}.2, … on the main path, {first + 1}.s1, … on the shortcut), and its own row adds the two paths";
        yield return new TableStep(caption, ["", "layer", "size", "output"], [.. tables.Shapes]);
        if (terms.Count == 0) yield break;
        yield return new TableStep("The parameters, of the layers with weights (the others have none)", ["", "layer", "parameters"], [.. tables.Counts]);
        // A single layer with parameters already shows the total in its row.
        if (terms.Count > 1)
        {
            var sum = string.Join(" + ", terms.Select(TexNumbers.Of));
            yield return new FormulaStep("Together", "", sum, sum, totalValue);
        }
    }

    /// <summary>The rows of the two tables, filled layer by layer (and block by block, inside a residual block).</summary>
    private sealed class Tables
    {
        public List<ImmutableArray<string>> Shapes { get; } = [];
        public List<ImmutableArray<string>> Counts { get; } = [];
    }

    /// <summary>
    /// Adds the rows of one layer, labelled <paramref name="label"/>, and returns the shape it passes on and its
    /// parameters. A residual block adds a row for each layer of each path, then one for the addition; its
    /// parameters are counted per layer and then as a block.
    /// </summary>
    private static (IReadOnlyList<int> Shape, BigInteger Parameters) Walk(Layer layer, IReadOnlyList<int> shape, string label, Tables tables)
    {
        if (layer is ResidualLayer block) return Residual(block, shape, label, tables);
        var row = Row(layer, shape);
        tables.Shapes.Add([label, row.Layer, row.Size, ShapeCell(row.Shape)]);
        if (!row.Parameters.IsZero) tables.Counts.Add([label, row.Layer, row.Count]);
        return (row.Shape, row.Parameters);
    }

    private static (IReadOnlyList<int> Shape, BigInteger Parameters) Residual(ResidualLayer block, IReadOnlyList<int> input, string label, Tables tables)
    {
        var terms = new List<BigInteger>();
        IReadOnlyList<int> Path(IReadOnlyList<Layer> path, string prefix)
        {
            var shape = input;
            for (var i = 0; i < path.Count; i++)
            {
                var (next, parameters) = Walk(path[i], shape, $"{label}.{prefix}{i + 1}", tables);
                if (!parameters.IsZero) terms.Add(parameters);
                shape = next;
            }
            return shape;
        }
        var main = Path(block.Main, "");
        var shortcut = block.Shortcut is { } layers ? Path(layers, "s") : input;
        if (!main.SequenceEqual(shortcut))
            throw new InvalidOperationException($"the worked block {label} of trace adds {ShapeText(main)} and {ShapeText(shortcut)}: the working and the solver disagree");
        var last = $"{label}.{block.Main.Length}";
        tables.Shapes.Add([label, block.Shortcut is { } path ? $"Residual: {last} + {label}.s{path.Length}" : $"Residual: {last} + the block's input", "", ShapeCell(main)]);
        var total = terms.Aggregate(BigInteger.Zero, (sum, count) => sum + count);
        if (terms.Count > 0)
        {
            var sum = terms.Count == 1 ? TexNumbers.Of(total) : $"{string.Join(" + ", terms.Select(TexNumbers.Of))} = {TexNumbers.Of(total)}";
            tables.Counts.Add([label, block.Shortcut is null ? "Residual block" : "Residual block, both paths", $"${sum}$"]);
        }
        return (main, total);
    }

    /// <summary>The layers of a stack with the layers of its blocks' paths in their place.</summary>
    private static IEnumerable<Layer> Flattened(Layer layer) => layer is ResidualLayer block
        ? [.. block.Main.SelectMany(Flattened), .. (block.Shortcut ?? []).SelectMany(Flattened)]
        : [layer];

    /// <summary>One worked layer: the layer in words, its output-size arithmetic, the shape it gives and its parameter count.</summary>
    private sealed record LayerRow(string Layer, string Size, IReadOnlyList<int> Shape, string Count, BigInteger Parameters);

    private static LayerRow Row(Layer layer, IReadOnlyList<int> shape) => layer switch
    {
        ConvLayer conv => Convolution(conv, shape),
        MaxPoolLayer pool => Pooling("MaxPool", pool.Window, pool.CeilMode, shape),
        AvgPoolLayer pool => Pooling("AvgPool", pool.Window, pool.CeilMode, shape),
        AdaptiveAvgPoolLayer adaptive => new($"AdaptiveAvgPool to ${adaptive.Output.Height} \\times {adaptive.Output.Width}$", "",
            [shape[0], adaptive.Output.Height, adaptive.Output.Width], "0", BigInteger.Zero),
        ReluLayer => new("ReLU", "", shape, "0", BigInteger.Zero),
        DropoutLayer dropout => new($"Dropout, $p = {TexNumbers.Of(dropout.Probability)}$", "", shape, "0", BigInteger.Zero),
        BatchNormLayer norm => new($"BatchNorm, {norm.Channels} channels", "", shape, $"$2 \\cdot {norm.Channels} = {TexNumbers.Of(2 * new BigInteger(norm.Channels))}$",
            2 * new BigInteger(norm.Channels)),
        FlattenLayer => Flatten(shape),
        LinearLayer linear => Linear(linear),
        _ => throw new InvalidOperationException($"trace's working does not know the layer {layer.Kind}"),
    };

    private static LayerRow Convolution(ConvLayer conv, IReadOnlyList<int> shape)
    {
        var (size, h, w) = Slide(conv.Window, shape, ceil: false);
        var w0 = conv.Window;
        // In groups a filter sees only the c_in/g channels of its group; the layer's name says how many groups.
        var seen = conv.InChannels / conv.Groups;
        var perFilter = new BigInteger(w0.Kernel.Height) * w0.Kernel.Width * seen;
        var weights = $"{w0.Kernel.Height} \\cdot {w0.Kernel.Width} \\cdot {TexNumbers.Of(seen)}";
        var (count, text) = conv.Bias
            ? (conv.OutChannels * (perFilter + 1), $"{TexNumbers.Of(conv.OutChannels)} \\cdot ({weights} + 1)")
            : (conv.OutChannels * perFilter, $"{TexNumbers.Of(conv.OutChannels)} \\cdot {weights}");
        var groups = conv.Groups == 1 ? "" : conv.Groups == conv.InChannels ? ", depthwise" : $", {conv.Groups} groups";
        return new($"Conv ${w0.Kernel.Height} \\times {w0.Kernel.Width}$, ${conv.InChannels} \\to {conv.OutChannels}${groups}{(conv.Bias ? "" : ", no bias")}", size,
            [conv.OutChannels, h, w], $"${text} = {TexNumbers.Of(count)}$", count);
    }

    private static LayerRow Pooling(string kind, Window window, bool ceil, IReadOnlyList<int> shape)
    {
        var (size, h, w) = Slide(window, shape, ceil);
        return new($"{kind} ${window.Kernel.Height} \\times {window.Kernel.Width}${(ceil ? ", rounding up" : "")}", size, [shape[0], h, w], "0", BigInteger.Zero);
    }

    private static LayerRow Flatten(IReadOnlyList<int> shape)
    {
        // The solver has already refused a flattening too large for an int.
        var features = (int)shape.Aggregate(1L, (product, n) => product * n);
        return new("Flatten", $"${string.Join(" \\cdot ", shape)} = {TexNumbers.Of(features)}$", [features], "0", BigInteger.Zero);
    }

    private static LayerRow Linear(LinearLayer linear)
    {
        var (nIn, nOut) = (new BigInteger(linear.InFeatures), new BigInteger(linear.OutFeatures));
        var (count, text) = linear.Bias
            ? (nOut * (nIn + 1), $"{TexNumbers.Of(nOut)} \\cdot ({TexNumbers.Of(nIn)} + 1)")
            : (nOut * nIn, $"{TexNumbers.Of(nOut)} \\cdot {TexNumbers.Of(nIn)}");
        return new($"Linear ${TexNumbers.Of(nIn)} \\to {TexNumbers.Of(nOut)}${(linear.Bias ? "" : ", no bias")}", "",
            [linear.OutFeatures], $"${text} = {TexNumbers.Of(count)}$", count);
    }

    /// <summary>The output height and width of a window on a [C, H, W] map, and the arithmetic for the size column.</summary>
    private static (string Text, int Height, int Width) Slide(Window window, IReadOnlyList<int> shape, bool ceil)
    {
        var rows = Axis(shape[1], window.Kernel.Height, window.Stride.Height, window.Padding.Height, window.Dilation.Height, ceil);
        var columns = Axis(shape[2], window.Kernel.Width, window.Stride.Width, window.Padding.Width, window.Dilation.Width, ceil);
        var text = rows.Text == columns.Text ? rows.Text : $"{rows.Text}; {columns.Text}";
        return (text, rows.Value, columns.Value);
    }

    private static (string Text, int Value) Axis(int n, int k, int s, int p, int d, bool ceil)
    {
        var formula = SlidingWindowFormula.Of(n, k, s, p, d, ceil, inline: true);
        // PyTorch drops a last window that would start in the right padding (ceil mode only).
        if (ceil && (long)(formula.Value - 1) * s >= (long)n + p)
            return ($"${formula.Substituted} = {formula.Value}$, less a window in the padding: {formula.Value - 1}", formula.Value - 1);
        return ($"${formula.Substituted} = {formula.Value}$", formula.Value);
    }

    private static string ShapeText(IReadOnlyList<int> shape) => $"[{string.Join(", ", shape)}]";

    /// <summary>A shape in a table cell, as math so that it never breaks across lines.</summary>
    private static string ShapeCell(IReadOnlyList<int> shape) => $"${ShapeText(shape)}$";
}
