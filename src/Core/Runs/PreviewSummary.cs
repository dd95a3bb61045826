using System.Collections.Immutable;

namespace DeepExam.Runs;

/// <summary>What <c>preview</c> wrote: which template, from which seed, where, how many pages, and the web pages with <c>--html</c>.</summary>
public sealed record PreviewSummary(string TemplateId, int Seed, string OutputFile, int Pages, ImmutableArray<string> WebPages = default);
