namespace DeepExam.Documents;

/// <summary>
/// A document ready for a backend: its body, the heads it repeats, and what it says about itself.
/// Composition (which document an exam sheet or a key is) makes these; backends (PDF, HTML) only
/// render them.
/// </summary>
public sealed record ComposedDocument(Document Body, RunningHeads Heads, DocumentInfo Info);
