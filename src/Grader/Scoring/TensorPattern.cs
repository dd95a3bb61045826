namespace DeepExam.Grading.Scoring;

/// <summary>A recognisable way a tensor answer is wrong, with the feedback that explains it.</summary>
public sealed record TensorPattern(string Name, string Feedback);
