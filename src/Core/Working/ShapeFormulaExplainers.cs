using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// Output sizes and parameter counts: the closed formula, the variant's numbers in it, the result.
/// Each formula is checked against the solver's result, so the page cannot show a formula that does
/// not give the answer printed next to it.
/// </summary>
internal static class ShapeFormulaExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["conv_out"] = ConvOut;
        explainers["pool_out"] = PoolOut;
        explainers["conv_transpose_out"] = ConvTransposeOut;
        explainers["fc_params"] = FcParams;
        explainers["conv2d_params"] = e => ConvParams(e, spatialAxes: 2);
        explainers["conv3d_params"] = e => ConvParams(e, spatialAxes: 3);
        explainers["locally_connected_params"] = LocallyConnectedParams;
        explainers["batchnorm_params"] = BatchNormParams;
        explainers["conv_macs"] = ConvMacs;
        explainers["weight_grad_std"] = WeightGradStd;
    }

    private static IEnumerable<WorkingStep> ConvOut(CallExplanation e)
    {
        var a = e.Arguments;
        int n = a.Int("n"), k = a.Int("k"), s = a.Int("stride"), p = a.Int("padding"), d = a.Int("dilation");
        var formula = SlidingWindowFormula.Of(n, k, s, p, d, ceil: false);
        yield return Checked(e, "Output size along one axis", formula.Symbolic, formula.Substituted, formula.Value);
    }

    private static IEnumerable<WorkingStep> PoolOut(CallExplanation e)
    {
        var a = e.Arguments;
        int n = a.Int("n"), k = a.Int("k"), p = a.Int("padding"), d = a.Int("dilation");
        var s = a.IsNone("stride") ? k : a.Int("stride");
        var ceil = a.Bool("ceil_mode");
        var formula = SlidingWindowFormula.Of(n, k, s, p, d, ceil);
        var result = e.Result.AsInt("pool_out");
        if (ceil && result == formula.Value - 1)
        {
            // PyTorch drops a last window that would start in the right padding; say so rather than
            // show a formula that disagrees with the answer.
            yield return new FormulaStep("Output size along one axis, rounding up", e.Target, formula.Symbolic, formula.Substituted, Value.Of(formula.Value));
            yield return new NoteStep($"The last of these windows would start in the padding, so it is dropped: {result}.");
            yield break;
        }
        yield return Checked(e, "Output size along one axis", formula.Symbolic, formula.Substituted, formula.Value);
        if (ceil && n + 2L * p < (long)d * (k - 1) + 1)
            yield return new NoteStep("The window is larger than the padded input, but rounding up keeps the one window that starts at its beginning, cut off at its end.");
    }

    private static IEnumerable<WorkingStep> ConvTransposeOut(CallExplanation e)
    {
        var a = e.Arguments;
        int n = a.Int("n"), k = a.Int("k"), s = a.Int("stride"), p = a.Int("padding"), op = a.Int("output_padding"), d = a.Int("dilation");
        var symbolic = new List<string> { "(n - 1) s" };
        var substituted = new List<string> { $"({n} - 1) \\cdot {s}" };
        if (p != 0) { symbolic.Add("- 2p"); substituted.Add($"- 2 \\cdot {p}"); }
        symbolic.Add(d == 1 ? "+ (k - 1)" : "+ d (k - 1)");
        substituted.Add(d == 1 ? $"+ ({k} - 1)" : $"+ {d} \\cdot ({k} - 1)");
        if (op != 0) { symbolic.Add("+ p_{out}"); substituted.Add($"+ {op}"); }
        symbolic.Add("+ 1");
        substituted.Add("+ 1");
        yield return Checked(e, "Output size along one axis of the transposed convolution", string.Join(" ", symbolic), string.Join(" ", substituted),
            (n - 1) * s - 2 * p + d * (k - 1) + op + 1);
    }

    private static IEnumerable<WorkingStep> FcParams(CallExplanation e)
    {
        var a = e.Arguments;
        var (nIn, nOut, bias) = (a.Integer("n_in"), a.Integer("n_out"), a.Bool("bias"));
        yield return bias
            ? Checked(e, "Weights and one bias per output", "n_{out} (n_{in} + 1)", $"{TexNumbers.Of(nOut)} \\cdot ({TexNumbers.Of(nIn)} + 1)", nOut * (nIn + 1))
            : Checked(e, "Weights, no bias", "n_{out} \\, n_{in}", $"{TexNumbers.Of(nOut)} \\cdot {TexNumbers.Of(nIn)}", nOut * nIn);
    }

    private static IEnumerable<WorkingStep> ConvParams(CallExplanation e, int spatialAxes)
    {
        var a = e.Arguments;
        var (cIn, cOut, bias, groups) = (a.Integer("c_in"), a.Integer("c_out"), a.Bool("bias"), a.Int("groups"));
        var k = a.IntOrTuple("k", spatialAxes);
        var kernelSymbols = spatialAxes == 2 ? "k_h k_w" : "k_t k_h k_w";
        var kernel = string.Join(" \\cdot ", k);
        if (groups != 1)
        {
            yield return GroupedConvParams(e, k, kernelSymbols, cIn, cOut, bias, groups);
            yield break;
        }
        var perFilter = k.Aggregate(System.Numerics.BigInteger.One, (x, y) => x * y) * cIn;
        yield return bias
            ? Checked(e, "Each filter has a weight per kernel cell and input channel, plus a bias", $"c_{{out}} ({kernelSymbols} \\, c_{{in}} + 1)",
                $"{TexNumbers.Of(cOut)} \\cdot ({kernel} \\cdot {TexNumbers.Of(cIn)} + 1)", cOut * (perFilter + 1))
            : Checked(e, "Each filter has a weight per kernel cell and input channel", $"c_{{out}} \\, {kernelSymbols} \\, c_{{in}}",
                $"{TexNumbers.Of(cOut)} \\cdot {kernel} \\cdot {TexNumbers.Of(cIn)}", cOut * perFilter);
    }

    /// <summary>c_out (k_h k_w c_in/g + 1): each filter spans the channels of its group only.</summary>
    private static FormulaStep GroupedConvParams(CallExplanation e, int[] k, string kernelSymbols, System.Numerics.BigInteger cIn, System.Numerics.BigInteger cOut, bool bias, int groups)
    {
        var kernel = string.Join(" \\cdot ", k);
        var perFilter = k.Aggregate(System.Numerics.BigInteger.One, (x, y) => x * y) * (cIn / groups);
        var channels = $"\\frac{{{TexNumbers.Of(cIn)}}}{{{groups}}}";
        return bias
            ? Checked(e, $"In {groups} groups each filter has a weight per kernel cell and input channel of its group, plus a bias",
                $"c_{{out}} ({kernelSymbols} \\, \\frac{{c_{{in}}}}{{g}} + 1)", $"{TexNumbers.Of(cOut)} \\cdot ({kernel} \\cdot {channels} + 1)", cOut * (perFilter + 1))
            : Checked(e, $"In {groups} groups each filter has a weight per kernel cell and input channel of its group",
                $"c_{{out}} \\, {kernelSymbols} \\, \\frac{{c_{{in}}}}{{g}}", $"{TexNumbers.Of(cOut)} \\cdot {kernel} \\cdot {channels}", cOut * perFilter);
    }

    private static IEnumerable<WorkingStep> LocallyConnectedParams(CallExplanation e)
    {
        var a = e.Arguments;
        var (cIn, cOut, bias) = (a.Integer("c_in"), a.Integer("c_out"), a.Bool("bias"));
        var k = a.IntOrTuple("k", 2);
        var s = a.IntOrTuple("stride", 2);
        var p = a.IntOrTuple("padding", 2);
        int h = a.Int("h"), w = a.Int("w");
        var rows = SlidingWindowFormula.Of(h, k[0], s[0], p[0], 1, ceil: false);
        var columns = SlidingWindowFormula.Of(w, k[1], s[1], p[1], 1, ceil: false);
        var (outH, outW) = (rows.Value, columns.Value);
        yield return new FormulaStep("Output positions", "h_{out}", rows.Symbolic.Replace("n", "h", StringComparison.Ordinal), rows.Substituted, Value.Of(outH));
        if (h != w || k[0] != k[1] || s[0] != s[1] || p[0] != p[1])
            yield return new FormulaStep("", "w_{out}", columns.Symbolic.Replace("n", "w", StringComparison.Ordinal), columns.Substituted, Value.Of(outW));
        var perFilter = new System.Numerics.BigInteger(k[0]) * k[1] * cIn;
        var positions = new System.Numerics.BigInteger(outH) * outW;
        yield return bias
            ? Checked(e, "Every output position has its own filters, each with a bias", "h_{out} w_{out} \\, c_{out} (k_h k_w c_{in} + 1)",
                $"{outH} \\cdot {outW} \\cdot {TexNumbers.Of(cOut)} \\cdot ({k[0]} \\cdot {k[1]} \\cdot {TexNumbers.Of(cIn)} + 1)", positions * cOut * (perFilter + 1))
            : Checked(e, "Every output position has its own filters", "h_{out} w_{out} \\, c_{out} \\, k_h k_w c_{in}",
                $"{outH} \\cdot {outW} \\cdot {TexNumbers.Of(cOut)} \\cdot {k[0]} \\cdot {k[1]} \\cdot {TexNumbers.Of(cIn)}", positions * cOut * perFilter);
    }

    private static IEnumerable<WorkingStep> BatchNormParams(CallExplanation e)
    {
        var c = e.Arguments.Integer("c");
        yield return Checked(e, "A scale and a shift per channel", "2c", $"2 \\cdot {TexNumbers.Of(c)}", 2 * c);
    }

    private static IEnumerable<WorkingStep> ConvMacs(CallExplanation e)
    {
        var a = e.Arguments;
        var (cIn, cOut) = (a.Integer("c_in"), a.Integer("c_out"));
        var size = a.IntList("out_shape");
        var k = a.IntOrTuple("k", size.Length);
        // The axes as the sheets name them: a 1-D signal has a length, a video a time axis before height and width.
        var axes = size.Length switch { 1 => new[] { "" }, 2 => ["h", "w"], _ => ["t", "h", "w"] };
        var kernel = string.Join(" ", axes.Select(x => x.Length == 0 ? "k" : $"k_{x}"));
        var output = string.Join(" ", axes.Select(x => x.Length == 0 ? "n_{out}" : $"{x}_{{out}}"));
        var groups = a.Int("groups");
        var macs = k.Concat(size).Aggregate(cIn / groups * cOut, (product, n) => product * n);
        // Filter weights times output values, the two groups the caption names; a grouped filter sees c_in/g channels.
        var (channels, channelsText) = groups == 1
            ? ("c_{in}", TexNumbers.Of(cIn))
            : ("\\frac{c_{in}}{g}", $"\\frac{{{TexNumbers.Of(cIn)}}}{{{groups}}}");
        yield return Checked(e, "Every output value takes one multiply-accumulate per weight of its filter",
            $"{kernel} \\, {channels} \\cdot c_{{out}} \\, {output}",
            $"{string.Join(" \\cdot ", k)} \\cdot {channelsText} \\cdot {TexNumbers.Of(cOut)} \\cdot {string.Join(" \\cdot ", size)}", macs);
    }

    private static IEnumerable<WorkingStep> WeightGradStd(CallExplanation e)
    {
        var a = e.Arguments;
        int n = a.Int("n"), k = a.Int("k");
        Number sx = a.Number("sigma_x"), sg = a.Number("sigma_g");
        yield return new FormulaStep("A weight meets $(n - k + 1)^2$ inputs; the variances of independent terms add up",
            e.Target, "\\sqrt{(n - k + 1)^2 \\, \\sigma_x^2 \\sigma_g^2} = (n - k + 1) \\, \\sigma_x \\sigma_g",
            $"({n} - {k} + 1) \\cdot {TexNumbers.Operand(sx)} \\cdot {TexNumbers.Operand(sg)}", e.Result);
    }

    private static FormulaStep Checked(CallExplanation e, string caption, string symbolic, string substituted, System.Numerics.BigInteger value)
    {
        if (!(e.Result is NumberValue n && n.Number.IsExact && n.Number.ExactValue == new Rational(value)))
            throw new InvalidOperationException(
                $"the worked formula for {e.Arguments.Function.Name} gives {value}, the solver {e.Result}: the working and the solver disagree");
        return new FormulaStep(caption, e.Target, symbolic, substituted, e.Result);
    }
}
