using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Kinds;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Grading.Kinds;

/// <summary>
/// How the grader treats one answer kind: what partial credit a wrong answer can earn and how the correct
/// answer is shown in the feedback (how its answer is read is the answer grammar's, <see cref="DeepExam.Answers.Grammar.AnswerGrammar"/>;
/// whether an exact value is compared with a tolerance is the core kind's). Every grading member is abstract,
/// so a kind that lacks one does not compile.
/// </summary>
/// <remarks>
/// This is a second table keyed by <see cref="AnswerKind"/>, beside the core's <see cref="AnswerKindHandler"/>,
/// rather than more members there: the core assembly (templates, solving, sheets) then knows nothing of
/// reading submissions or of partial credit, and the grader depends on the core, never the reverse.
/// </remarks>
public abstract class AnswerKindGrading : IAnswerKindHandler
{
    public abstract AnswerKind Kind { get; }

    /// <summary>Whether an exact correct value is compared with the part's tolerance too: the kind's own rule in the core, which the exports read as well.</summary>
    public bool ToleratesExactValues => AnswerKinds.Of(Kind).ToleratesExactValues;

    /// <summary>The grade of a readable answer that is neither right, carried forward nor a known mistake.</summary>
    public abstract PartGrade PartialCredit(SolvedPart part, ParsedAnswer parsed, PartVerdictFactory verdict);

    /// <summary>The correct answer as the feedback shows it: "425/18 (≈ 23.6111)".</summary>
    public abstract string ExpectedText(SolvedPart part);
}
