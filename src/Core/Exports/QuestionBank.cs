namespace DeepExam.Exports;

/// <summary>Whose question bank it is: the exam (its id seeds the variants; its title names the categories).</summary>
public sealed record QuestionBank(string ExamId, string Title);
