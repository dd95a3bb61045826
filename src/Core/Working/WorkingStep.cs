namespace DeepExam.Working;

/// <summary>
/// One line of a worked solution, read off a call the solver made: a formula with its numbers, one
/// output cell's sum of products, a pooling window, a routed gradient. Steps hold values; how they
/// read on the page is <see cref="WorkingMarkdown"/>'s business.
/// </summary>
public abstract record WorkingStep;
