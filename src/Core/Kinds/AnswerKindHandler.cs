using DeepExam.Evaluation;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary>
/// Everything the core pipeline does differently for one answer kind: the name authors write, which
/// part keys it takes, how a computed answer is brought into canonical form, the expected form told to
/// students (with the answer sheet's example), and the answer as typeset in the key, the solution sheet
/// and the feedback. Every member is abstract, so a new kind that lacks one does not compile; a kind is
/// one file and one line in <see cref="AnswerKinds"/>.
/// </summary>
/// <remarks>
/// Reading and grading a student's answer is the grader's (DeepExam.Grading.Kinds), in a second table
/// keyed by the same kind, so the core assembly knows nothing of grading. Behaviour of one output format
/// (an HTML answer input, a Moodle or QTI question type) goes the same way: a handler type per format and a
/// table of it, <see cref="AnswerKindTable{T}"/>, whose construction checks every kind is there. Behaviour
/// every format needs (a shared answer grammar) can instead be an abstract member here.
/// </remarks>
public abstract class AnswerKindHandler : IAnswerKindHandler
{
    public abstract AnswerKind Kind { get; }

    /// <summary>The name in a template's <c>kind:</c>, the key and the class key CSV.</summary>
    public abstract string Name { get; }

    /// <summary>Whether the part may set <c>digits</c> (the decimal places accepted for an exact value).</summary>
    public abstract bool TakesDigits { get; }

    /// <summary>Whether the part may set <c>order</c> (the names of its components).</summary>
    public abstract bool TakesOrder { get; }

    /// <summary>The tolerance of a part that gives none.</summary>
    public abstract Tolerance? DefaultTolerance { get; }

    /// <summary>
    /// Whether an exact correct value is also compared with the part's tolerance, not only exactly: the
    /// grader's comparison and every export's numeric answers read this one rule.
    /// </summary>
    public abstract bool ToleratesExactValues { get; }

    /// <summary>
    /// The answer in the canonical form of the kind (a shape is a list of integers, a matrix a rank-2
    /// tensor); throws <see cref="EvaluationException"/> when the value is not of the kind.
    /// </summary>
    public abstract Value Normalize(Value value);

    /// <summary>The expected form, without giving the answer away: "a shape [H, W, C]".</summary>
    public abstract string ExpectedForm(SolvedPart part);

    /// <summary>The answer as Markdown with TeX, typeset like the rest of the text (the solution sheet, the instructor key, the feedback).</summary>
    public abstract string AnswerMarkdown(SolvedPart part);

    /// <summary>The error for a computed answer that is not of this kind.</summary>
    protected EvaluationException NotOfKind(Value value, string hint = "") =>
        new($"the answer is declared {Name} but is {(value is NumberValue ? value.ToString() : value.Describe())}{hint}");
}
