namespace DeepExam.Answers.Grammar;

/// <summary>A normalisation of typed text: every <paramref name="From"/> becomes <paramref name="To"/> (a Unicode minus becomes '-').</summary>
public sealed record TextReplacement(string From, string To, string Why);
