using DeepExam.Kinds;
using DeepExam.Templates;

namespace DeepExam.Exports;

/// <summary>
/// How one answer kind is exported: its form, and whether an exact value is compared with the part's tolerance
/// (the kind's own rule, <see cref="AnswerKindHandler.ToleratesExactValues"/>, which the grader reads too).
/// </summary>
public sealed record ExportKind(AnswerKind Kind, ExportAnswerForm Form) : IAnswerKindHandler
{
    public bool ToleratesExactValues => AnswerKinds.Of(Kind).ToleratesExactValues;
}
