using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>
/// The backward pass of ReLU and LeakyReLU on a tensor: which cells let the upstream gradient through
/// (and at what slope), shown as the mask the gradient is multiplied by.
/// </summary>
internal static class ActivationExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["relu_grad"] = e => Backward(e, leaky: false);
        explainers["leaky_relu_grad"] = e => Backward(e, leaky: true);
    }

    private static IEnumerable<WorkingStep> Backward(CallExplanation e, bool leaky)
    {
        var a = e.Arguments;
        if (a["x"] is NumberValue || a.IsNone("dy") || a["dy"] is NumberValue) yield break;
        var x = a.Tensor("x");
        var dy = a.Tensor("dy");
        var slope = leaky ? a.Number("slope") : Number.Zero;
        var mask = Tensor.Build([.. x.Shape], i => x[i].Sign > 0 ? Number.One : slope);
        var result = e.Result.AsTensor(a.Function.Name);
        for (var i = 0; i < result.Count; i++)
            if ((mask[i] * dy[i]).CompareTo(result[i]) != 0)
                throw new InvalidOperationException($"the worked mask for {a.Function.Name} disagrees with the solver at {i}: the working and the solver disagree");
        var (xName, gName) = (e.Symbol("x", "x"), e.Symbol("dy", "g"));
        yield return new TensorStep(leaky
                ? $"The derivative is 1 where ${xName} > 0$ and the slope ${TexNumbers.Of(slope)}$ elsewhere"
                : $"The derivative is 1 where ${xName} > 0$ and 0 elsewhere (also at 0)",
            $"\\mathrm{{{(leaky ? "LeakyReLU" : "ReLU")}}}'({xName})", mask);
        yield return new NoteStep($"The upstream gradient ${gName}$ is multiplied by it cell by cell.");
    }
}
