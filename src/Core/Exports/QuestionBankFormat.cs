namespace DeepExam.Exports;

/// <summary>A question-bank format: the name <c>export --format</c> takes, what it writes (for the summary), and how to open its writer for a bank.</summary>
public sealed record QuestionBankFormat(string Name, string Writes, Func<QuestionBank, ExportMath, IQuestionBankWriter> Open);
