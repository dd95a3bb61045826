using System.Collections.Frozen;

namespace DeepExam.Working;

/// <summary>
/// The builtins whose calls a worked solution can spell out, by name. A call without an explainer
/// (a value lookup, an activation applied cell by cell) adds no lines of its own.
/// </summary>
public static class CallExplainers
{
    private static readonly FrozenDictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> ByName = Build();

    public static bool Explains(string function) => ByName.ContainsKey(function);

    /// <summary>The builtins that have an explainer; each must be a registered builtin, or its explainer never runs.</summary>
    public static IEnumerable<string> Names => ByName.Keys;

    public static IEnumerable<WorkingStep> Explain(CallExplanation call) =>
        ByName.TryGetValue(call.Arguments.Function.Name, out var explain) ? explain(call) : [];

    private static FrozenDictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> Build()
    {
        var explainers = new Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>>(StringComparer.Ordinal);
        ShapeFormulaExplainers.Register(explainers);
        ConvolutionExplainers.Register(explainers);
        PoolingExplainers.Register(explainers);
        MatrixExplainers.Register(explainers);
        SgdExplainers.Register(explainers);
        ActivationExplainers.Register(explainers);
        SmoothActivationExplainers.Register(explainers);
        CrossEntropyExplainers.Register(explainers);
        NetworkTraceExplainers.Register(explainers);
        ReceptiveFieldExplainers.Register(explainers);
        return explainers.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
