namespace DeepExam.Working;

/// <summary>Stands for the cells a long working leaves out; they are computed the same way as those shown.</summary>
public sealed record ElidedStep(int Count, string What) : WorkingStep;
