using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Builtins.Shapes;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// The receptive field of a layer stack, one layer per row: r grows by d·(k − 1)·j, and the jump j (the
/// input pixels between neighbouring units) is multiplied by the stride; for receptive_fields also the start,
/// the centre of the first unit's field, which moves by (d(k − 1)/2 − p)·j. A residual block's paths get rows
/// of their own, numbered within the block. The effective stride is the jump at the end, the product of the
/// strides. Every row is worked here and checked against the solver's result.
/// </summary>
internal static class ReceptiveFieldExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["receptive_field"] = Field;
        explainers["receptive_fields"] = Fields;
        explainers["effective_stride"] = Stride;
    }

    private static IEnumerable<WorkingStep> Field(CallExplanation e)
    {
        var layers = Layer.ListFrom(e.Arguments.List("layers"));
        var table = new FieldTable(withStart: false);
        var field = table.Walk(layers, ReceptiveField.OfInput, "");
        if (e.Result.AsInteger("receptive_field") != field.Size)
            throw new InvalidOperationException($"the worked receptive field gives {field.Size}, the solver {e.Result}: the working and the solver disagree");
        yield return table.Step(layers);
    }

    private static IEnumerable<WorkingStep> Fields(CallExplanation e)
    {
        var layers = Layer.ListFrom(e.Arguments.List("layers"));
        var table = new FieldTable(withStart: true);
        var solver = e.Result.AsList("receptive_fields");
        var field = ReceptiveField.OfInput;
        for (var i = 0; i < layers.Count; i++)
        {
            field = table.Walk([layers[i]], field, "", i);
            var record = (RecordValue)solver[i];
            if (record["rf"].AsInteger("rf") != field.Size || record["jump"].AsInteger("jump") != field.Jump || record["start"].AsExact("start") != field.Start)
                throw new InvalidOperationException(
                    $"the worked layer {i + 1} of receptive_fields gives r = {field.Size}, j = {field.Jump}, start {field.Start}, the solver {record}: the working and the solver disagree");
        }
        yield return table.Step(layers);
    }

    private static IEnumerable<WorkingStep> Stride(CallExplanation e)
    {
        var strides = Layer.ListFrom(e.Arguments.List("layers")).SelectMany(Strides).ToList();
        var jump = strides.Aggregate(BigInteger.One, (product, s) => product * s);
        if (e.Result.AsInteger("effective_stride") != jump)
            throw new InvalidOperationException($"the worked effective stride gives {jump}, the solver {e.Result}: the working and the solver disagree");
        if (strides.Count < 2) yield break; // one stride is its own product
        var product = string.Join(" \\cdot ", strides);
        yield return new FormulaStep("The strides of the convolutions and poolings multiply", e.Target, product, product, e.Result);
    }

    /// <summary>The rows of the table, worked layer by layer: r and j, and the start when asked for.</summary>
    private sealed class FieldTable(bool withStart)
    {
        private readonly List<ImmutableArray<string>> _rows = [withStart ? ["", "input", "1", "1", "0"] : ["", "input", "1", "1"]];
        private bool _dilated;

        /// <summary>
        /// Adds a row per layer, labelled after <paramref name="prefix"/> from <paramref name="offset"/> + 1 on, and
        /// returns the field after the last. A residual block adds its paths' rows, then its own.
        /// </summary>
        public ReceptiveField Walk(IReadOnlyList<Layer> layers, ReceptiveField field, string prefix, int offset = 0)
        {
            for (var i = 0; i < layers.Count; i++)
            {
                var label = $"{prefix}{offset + i + 1}";
                field = layers[i] switch
                {
                    ResidualLayer block => Residual(block, field, label),
                    var layer when WindowOf(layer) is { } window => Windowed(layer, window, field, label),
                    var layer => Unchanged(layer, field, label),
                };
            }
            return field;
        }

        public TableStep Step(IReadOnlyList<Layer> layers)
        {
            var growth = _dilated ? "$d(k - 1)$" : "$k - 1$";
            var caption = $"Each layer widens the field $r$ by {growth} units of its input, each $j$ input pixels apart (the jump), and multiplies $j$ by its stride";
            if (withStart) caption += "; the centre $s$ of the first unit's field (pixels counted from 0) moves by $(d(k - 1)/2 - p)\\,j$";
            if (layers.Select((layer, i) => (layer, i)).FirstOrDefault(p => p.layer is ResidualLayer) is ({ } _, var first))
                caption += $"; the rows of a residual block are numbered within it ({first + 1}.1, … on the main path, {first + 1}.s1, … on the shortcut), and its own row sees what either path sees";
            ImmutableArray<string> header = withStart
                ? ["", "layer", "receptive field $r$", "jump $j$", "start $s$"]
                : ["", "layer", "receptive field $r$", "jump $j$"];
            return new TableStep(caption, header, [.. _rows]);
        }

        private ReceptiveField Windowed(Layer layer, Window window, ReceptiveField field, string label)
        {
            var (k, s, p, d) = (window.Kernel.Height, window.Stride.Height, window.Padding.Height, window.Dilation.Height);
            _dilated |= d != 1;
            var half = new Rational((BigInteger)d * (k - 1), 2);
            var next = new ReceptiveField(field.Size + d * (k - 1) * field.Jump, field.Jump * s, field.Start + (half - p) * field.Jump);
            var (r, j) = (TexNumbers.Of(field.Size), TexNumbers.Of(field.Jump));
            var size = d == 1
                ? $"${r} + ({k} - 1) \\cdot {j} = {TexNumbers.Of(next.Size)}$"
                : $"${r} + {d} \\cdot ({k} - 1) \\cdot {j} = {TexNumbers.Of(next.Size)}$";
            var jump = s == 1 ? j : $"${j} \\cdot {s} = {TexNumbers.Of(next.Jump)}$";
            Add(label, Describe(layer, window, withStart), size, jump, () =>
            {
                var shift = p == 0 ? $"{TexNumbers.Of(half)} \\cdot {j}" : $"({TexNumbers.Of(half)} - {p}) \\cdot {j}";
                return $"${TexNumbers.Of(field.Start)} + {shift} = {TexNumbers.Of(next.Start)}$";
            });
            return next;
        }

        private ReceptiveField Unchanged(Layer layer, ReceptiveField field, string label)
        {
            Add(label, layer.Kind, "unchanged", "unchanged", () => "unchanged");
            return field;
        }

        private ReceptiveField Residual(ResidualLayer block, ReceptiveField field, string label)
        {
            var main = Walk(block.Main, field, $"{label}.");
            var shortcut = block.Shortcut is { } path ? Walk(path, field, $"{label}.s") : field;
            // From the first pixel either path sees to the last (the solver has checked that the jumps agree).
            var (first, last) = (main.First <= shortcut.First ? main.First : shortcut.First, main.Last >= shortcut.Last ? main.Last : shortcut.Last);
            var sum = new ReceptiveField((last - first).Floor() + 1, main.Jump, (first + last) / 2);
            // Aligned paths (the usual case) share a centre, and the wider one is the block's field.
            var size = main.Start == shortcut.Start
                ? $"$\\max({TexNumbers.Of(main.Size)}, {TexNumbers.Of(shortcut.Size)}) = {TexNumbers.Of(sum.Size)}$"
                : $"pixels ${TexNumbers.Of(sum.First)}$ to ${TexNumbers.Of(sum.Last)}$: {TexNumbers.Of(sum.Size)}";
            var name = block.Shortcut is null ? "Residual: main path or input" : "Residual: either path";
            Add(label, name, size, TexNumbers.Of(sum.Jump), () => main.Start == shortcut.Start ? TexNumbers.Of(sum.Start) : $"$\\frac{{{TexNumbers.Of(sum.First)} + {TexNumbers.Of(sum.Last)}}}{{2}} = {TexNumbers.Of(sum.Start)}$");
            return sum;
        }

        private void Add(string label, string layer, string size, string jump, Func<string> start) =>
            _rows.Add(withStart ? [label, layer, size, jump, start()] : [label, layer, size, jump]);
    }

    /// <summary>The strides a layer multiplies the jump by: its own, or those of a block's main path (its shortcut's give the same product).</summary>
    private static IEnumerable<int> Strides(Layer layer) => layer is ResidualLayer block
        ? block.Main.SelectMany(Strides)
        : WindowOf(layer) is { } window ? [window.Stride.Height] : [];

    /// <summary>The sliding window of a convolution or pooling; null for a layer that acts on each position alone.</summary>
    private static Window? WindowOf(Layer layer) => layer switch
    {
        ConvLayer conv => conv.Window,
        MaxPoolLayer pool => pool.Window,
        AvgPoolLayer pool => pool.Window,
        _ => null,
    };

    private static string Describe(Layer layer, Window window, bool withPadding)
    {
        var text = $"{layer.Kind} ${window.Kernel.Height} \\times {window.Kernel.Width}$";
        if (window.Stride.Height != 1) text += $", stride {window.Stride.Height}";
        if (window.Dilation.Height != 1) text += $", dilation {window.Dilation.Height}";
        if (withPadding && window.Padding.Height != 0) text += $", padding {window.Padding.Height}";
        return text;
    }
}
