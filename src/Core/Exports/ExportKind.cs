using DeepExam.Kinds;
using DeepExam.Templates;

namespace DeepExam.Exports;

/// <summary>
/// How one answer kind is exported: its form, and whether the grader compares an exact value with the part's tolerance
/// (the grader's own table says so too; a test holds the two together, since the core may not use the grader).
/// </summary>
public sealed record ExportKind(AnswerKind Kind, ExportAnswerForm Form, bool ToleratesExactValues) : IAnswerKindHandler;
