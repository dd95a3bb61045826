using DeepExam.Kinds;
using DeepExam.Templates;

namespace DeepExam.Exports;

/// <summary>The export form of every answer kind; the table refuses to be built with a kind missing.</summary>
public static class ExportKinds
{
    public static readonly AnswerKindTable<ExportKind> Table = new("the question-bank export",
        new ExportKind(AnswerKind.Integer, ExportAnswerForm.Number, ToleratesExactValues: false),
        new ExportKind(AnswerKind.Exact, ExportAnswerForm.Number, ToleratesExactValues: false),
        new ExportKind(AnswerKind.Approximate, ExportAnswerForm.Number, ToleratesExactValues: true),
        new ExportKind(AnswerKind.Shape, ExportAnswerForm.NumberTable, ToleratesExactValues: false),
        new ExportKind(AnswerKind.Tuple, ExportAnswerForm.NumberTable, ToleratesExactValues: false),
        new ExportKind(AnswerKind.Vector, ExportAnswerForm.NumberTable, ToleratesExactValues: false),
        new ExportKind(AnswerKind.Matrix, ExportAnswerForm.NumberTable, ToleratesExactValues: false),
        new ExportKind(AnswerKind.Tensor, ExportAnswerForm.NumberTable, ToleratesExactValues: false),
        new ExportKind(AnswerKind.Choice, ExportAnswerForm.SingleChoice, ToleratesExactValues: false),
        new ExportKind(AnswerKind.MultipleChoice, ExportAnswerForm.MultipleChoice, ToleratesExactValues: false),
        new ExportKind(AnswerKind.TrueFalse, ExportAnswerForm.TrueFalse, ToleratesExactValues: false));

    public static ExportKind Of(AnswerKind kind) => Table[kind];
}
