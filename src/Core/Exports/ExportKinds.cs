using DeepExam.Kinds;
using DeepExam.Templates;

namespace DeepExam.Exports;

/// <summary>The export form of every answer kind; the table refuses to be built with a kind missing.</summary>
public static class ExportKinds
{
    public static readonly AnswerKindTable<ExportKind> Table = new("the question-bank export",
        new ExportKind(AnswerKind.Integer, ExportAnswerForm.Number),
        new ExportKind(AnswerKind.Exact, ExportAnswerForm.Number),
        new ExportKind(AnswerKind.Approximate, ExportAnswerForm.Number),
        new ExportKind(AnswerKind.Shape, ExportAnswerForm.NumberTable),
        new ExportKind(AnswerKind.Tuple, ExportAnswerForm.NumberTable),
        new ExportKind(AnswerKind.Vector, ExportAnswerForm.NumberTable),
        new ExportKind(AnswerKind.Matrix, ExportAnswerForm.NumberTable),
        new ExportKind(AnswerKind.Tensor, ExportAnswerForm.NumberTable),
        new ExportKind(AnswerKind.Choice, ExportAnswerForm.SingleChoice),
        new ExportKind(AnswerKind.MultipleChoice, ExportAnswerForm.MultipleChoice),
        new ExportKind(AnswerKind.TrueFalse, ExportAnswerForm.TrueFalse));

    public static ExportKind Of(AnswerKind kind) => Table[kind];
}
