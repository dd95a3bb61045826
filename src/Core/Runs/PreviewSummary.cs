namespace DeepExam.Runs;

/// <summary>What <c>preview</c> wrote: which template, from which seed, where, and how many pages.</summary>
public sealed record PreviewSummary(string TemplateId, int Seed, string OutputFile, int Pages);
