using System.Collections.Immutable;
using DeepExam.Documents.Math;

namespace DeepExam.Documents;

/// <summary>
/// Markdown texts parsed once for the documents built from one exam: the exam sheet and the solution
/// sheet show the same statements and prompts, and parsing them is most of the cost of a document.
/// Documents are immutable, so the two sheets can share the blocks. One instance per exam and thread.
/// Texts shared by many students are also kept by <see cref="MarkdownToDocument"/>, from their second
/// meeting; asking here first means a text of one student's own is met there only once, and not kept.
/// </summary>
public sealed class ParsedTexts
{
    private readonly Dictionary<string, Document> _parsed = new(StringComparer.Ordinal);

    public ImmutableArray<Block> Blocks(string markdown, List<TexProblem> problems)
    {
        if (!_parsed.TryGetValue(markdown, out var document))
        {
            document = MarkdownToDocument.Convert(markdown);
            _parsed[markdown] = document;
        }
        problems.AddRange(document.Problems);
        return document.Blocks;
    }
}
