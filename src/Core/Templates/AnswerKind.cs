namespace DeepExam.Templates;

/// <summary>What form a part's answer takes; decides how it is written, read and compared.</summary>
public enum AnswerKind
{
    /// <summary>An exact integer.</summary>
    Integer,
    /// <summary>An exact rational number (a decimal that rounds it may be accepted with <c>digits</c>).</summary>
    Exact,
    /// <summary>A number from a transcendental function, compared with a tolerance.</summary>
    Approximate,
    /// <summary>A tensor shape such as [28, 28, 5], in the order the part states.</summary>
    Shape,
    /// <summary>A tuple of numbers such as (kernel, stride, padding).</summary>
    Tuple,
    Vector,
    Matrix,
    Tensor,
    /// <summary>One option from a list.</summary>
    Choice,
    /// <summary>Any number of options from a list.</summary>
    MultipleChoice,
    TrueFalse,
}

public static class AnswerKinds
{
    public static readonly IReadOnlyDictionary<string, AnswerKind> ByName = new Dictionary<string, AnswerKind>(StringComparer.Ordinal)
    {
        ["integer"] = AnswerKind.Integer,
        ["exact"] = AnswerKind.Exact,
        ["approx"] = AnswerKind.Approximate,
        ["shape"] = AnswerKind.Shape,
        ["tuple"] = AnswerKind.Tuple,
        ["vector"] = AnswerKind.Vector,
        ["matrix"] = AnswerKind.Matrix,
        ["tensor"] = AnswerKind.Tensor,
        ["choice"] = AnswerKind.Choice,
        ["multi"] = AnswerKind.MultipleChoice,
        ["bool"] = AnswerKind.TrueFalse,
    };

    public static string NameOf(AnswerKind kind) => ByName.First(p => p.Value == kind).Key;
}
