using System.Collections.Immutable;
using System.Numerics;
using DeepExam.Builtins.Shapes;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// The receptive field of a layer stack, one layer per row: r grows by d·(k − 1)·j, and the jump j (the
/// input pixels between neighbouring units) is multiplied by the stride. The effective stride is that
/// jump at the end, the product of the strides. Both are checked against the solver's result.
/// </summary>
internal static class ReceptiveFieldExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["receptive_field"] = Field;
        explainers["effective_stride"] = Stride;
    }

    private static IEnumerable<WorkingStep> Field(CallExplanation e)
    {
        var layers = Layer.ListFrom(e.Arguments.List("layers"));
        var (r, j) = (BigInteger.One, BigInteger.One);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string>>(layers.Count + 1);
        rows.Add(["", "input", "1", "1"]);
        var dilated = false;
        for (var i = 0; i < layers.Count; i++)
        {
            if (WindowOf(layers[i]) is not { } window)
            {
                rows.Add([$"{i + 1}", layers[i].Kind, "unchanged", "unchanged"]);
                continue;
            }
            var (k, s, d) = (window.Kernel.Height, window.Stride.Height, window.Dilation.Height);
            dilated |= d != 1;
            var grown = r + d * (k - 1) * j;
            var (rText, jText) = (TexNumbers.Of(r), TexNumbers.Of(j));
            var field = d == 1 ? $"${rText} + ({k} - 1) \\cdot {jText} = {TexNumbers.Of(grown)}$" : $"${rText} + {d} \\cdot ({k} - 1) \\cdot {jText} = {TexNumbers.Of(grown)}$";
            var jump = s == 1 ? jText : $"${jText} \\cdot {s} = {TexNumbers.Of(j * s)}$";
            rows.Add([$"{i + 1}", Describe(layers[i], window), field, jump]);
            (r, j) = (grown, j * s);
        }
        if (e.Result.AsInteger("receptive_field") != r)
            throw new InvalidOperationException($"the worked receptive field gives {r}, the solver {e.Result}: the working and the solver disagree");
        var growth = dilated ? "$d(k - 1)$" : "$k - 1$";
        yield return new TableStep(
            $"Each layer widens the field $r$ by {growth} units of its input, each $j$ input pixels apart (the jump), and multiplies $j$ by its stride",
            ["", "layer", "receptive field $r$", "jump $j$"], rows.MoveToImmutable());
    }

    private static IEnumerable<WorkingStep> Stride(CallExplanation e)
    {
        var strides = Layer.ListFrom(e.Arguments.List("layers")).Select(WindowOf).OfType<Window>().Select(w => w.Stride.Height).ToList();
        var jump = strides.Aggregate(BigInteger.One, (product, s) => product * s);
        if (e.Result.AsInteger("effective_stride") != jump)
            throw new InvalidOperationException($"the worked effective stride gives {jump}, the solver {e.Result}: the working and the solver disagree");
        if (strides.Count < 2) yield break; // one stride is its own product
        var product = string.Join(" \\cdot ", strides);
        yield return new FormulaStep("The strides of the convolutions and poolings multiply", e.Target, product, product, e.Result);
    }

    /// <summary>The sliding window of a convolution or pooling; null for a layer that acts on each position alone.</summary>
    private static Window? WindowOf(Layer layer) => layer switch
    {
        ConvLayer conv => conv.Window,
        MaxPoolLayer pool => pool.Window,
        AvgPoolLayer pool => pool.Window,
        _ => null,
    };

    private static string Describe(Layer layer, Window window)
    {
        var text = $"{layer.Kind} ${window.Kernel.Height} \\times {window.Kernel.Width}$";
        if (window.Stride.Height != 1) text += $", stride {window.Stride.Height}";
        if (window.Dilation.Height != 1) text += $", dilation {window.Dilation.Height}";
        return text;
    }
}
