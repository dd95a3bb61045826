namespace DeepExam.Working;

/// <summary>A sentence of Markdown between steps, such as what the cells below sum over.</summary>
public sealed record NoteStep(string Markdown) : WorkingStep;
