namespace DeepExam.Templates;

public enum ToleranceMode { Relative, Absolute, SignificantFigures }

/// <summary>How close an approximate answer must be: <c>{ relative: 0.01 }</c>, <c>{ absolute: 0.005 }</c> or <c>{ sigfigs: 3 }</c>.</summary>
public sealed record Tolerance(ToleranceMode Mode, double Amount)
{
    public static readonly Tolerance Default = new(ToleranceMode.Relative, 0.01);

    public override string ToString() => Mode switch
    {
        ToleranceMode.Relative => $"within {Amount * 100:0.###}% (relative)".Replace(',', '.'),
        ToleranceMode.Absolute => $"within ±{Amount.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}",
        _ => $"to {Amount} significant figures",
    };
}
