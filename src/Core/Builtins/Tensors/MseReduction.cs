using DeepExam.Evaluation;

namespace DeepExam.Builtins.Tensors;

/// <summary>How squared errors are combined into one loss: their mean, their sum, or half their sum (whose gradient is just pred − target).</summary>
public enum MseReduction
{
    Mean,
    Sum,
    HalfSum,
}

public static class MseReductions
{
    public const string Names = "\"mean\", \"sum\" or \"half_sum\"";

    public static MseReduction Parse(string name) => name switch
    {
        "mean" => MseReduction.Mean,
        "sum" => MseReduction.Sum,
        "half_sum" => MseReduction.HalfSum,
        _ => throw new EvaluationException($"'reduction' must be {Names}, got \"{name}\""),
    };
}
