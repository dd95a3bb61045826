using DeepExam.Templates;

namespace DeepExam.Kinds;

/// <summary>
/// Anything that holds one answer kind's behaviour for one concern, and so can sit in an
/// <see cref="AnswerKindTable{T}"/>: the core handler (<see cref="AnswerKindHandler"/>), the grader's,
/// and later one per output format (an HTML answer input, a Moodle or QTI question type).
/// </summary>
public interface IAnswerKindHandler
{
    AnswerKind Kind { get; }
}
