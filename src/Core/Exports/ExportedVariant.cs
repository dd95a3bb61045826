using DeepExam.Composition;
using DeepExam.Solving;

namespace DeepExam.Exports;

/// <summary>
/// One variant of a question bank: drawn as the pseudo-student <c>variant-</c><see cref="Draw"/>, solved, and composed as a question.
/// Draw numbers have gaps where a draw repeated an earlier variant and was replaced by the next.
/// </summary>
public sealed record ExportedVariant(int Draw, SolvedExercise Exercise, VariantQuestion Question)
{
    /// <summary>The pseudo-student whose seed drew it: "variant-7".</summary>
    public string Label => VariantSetSampler.PseudoStudent(Draw);
}
