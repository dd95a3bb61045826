namespace DeepExam.Templates;

/// <summary>
/// What form a part's answer takes; decides how it is written, read and compared. Each kind's behaviour is
/// its handler's (<see cref="Kinds.AnswerKinds"/>, and the grader's table keyed by the same value).
/// </summary>
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
