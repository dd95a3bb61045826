namespace DeepExam.Grading.Answers;

/// <summary>An answer that cannot be read as its part's kind; the message says which form was expected.</summary>
public sealed class AnswerFormatException(string message) : Exception(message);
