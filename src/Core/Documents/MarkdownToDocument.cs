using System.Collections.Immutable;
using System.Text;
using DeepExam.Caching;
using DeepExam.Documents.Figures;
using DeepExam.Documents.Math;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MarkdigAlignment = Markdig.Extensions.Tables.TableColumnAlign;
using MarkdigTable = Markdig.Extensions.Tables.Table;
using MarkdigTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdigTableRow = Markdig.Extensions.Tables.TableRow;

namespace DeepExam.Documents;

/// <summary>
/// Converts exercise text (Markdown with TeX math, as rendered from the templates) into the
/// document model: Markdig parses, with its mathematics extension for <c>$...$</c> and
/// <c>$$...$$</c>, and this walks the syntax tree. Every formula is parsed by <see cref="TexParser"/>;
/// its problems are collected in <see cref="Document.Problems"/>. Thread-safe.
/// </summary>
public static class MarkdownToDocument
{
    // A built pipeline is immutable and may be shared by every thread.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseMathematics()
        .UsePipeTables()
        .Build();

    /// <summary>
    /// Documents already made, by their text: the texts that do not vary between students (instructions, prompts,
    /// the feedback of a known mistake) are parsed once per run, for every sheet of the class. A document is
    /// immutable, so every sheet and every thread can share it. Sized for a class: generating for 1,000 students
    /// meets 30,000 different texts of which about 5,300 recur, grading 10,000 feedback sheets 78,000 of which about
    /// 12,000 recur, so the first meetings get 262,144 slots (1 MB), where few recurring texts lose theirs to others
    /// before their second meeting, and the memo keeps up to 16,384 documents.
    /// </summary>
    private static readonly SharedMemo<string, Document> Parsed = new(16_384, 1 << 18, StringComparer.Ordinal);

    public static Document Convert(string markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? Document.Empty : Parsed.Get(markdown, Parse);

    private static Document Parse(string markdown)
    {
        var walker = new Walker();
        var blocks = walker.Blocks(Markdown.Parse(markdown, Pipeline));
        return new Document(blocks, [.. walker.Problems]);
    }

    /// <summary>The TeX problems of a text, for <c>validate</c>: each unsupported command once, in order of appearance.</summary>
    public static ImmutableArray<TexProblem> Problems(string markdown) => [.. Convert(markdown).Problems.Distinct()];

    /// <summary>The figures of a text, in order, for <c>validate</c>: a figure whose spec is wrong carries its problems.</summary>
    public static ImmutableArray<Figure> Figures(string markdown)
    {
        var figures = ImmutableArray.CreateBuilder<Figure>();
        Collect(Convert(markdown).Blocks);
        return figures.ToImmutable();

        void Collect(IEnumerable<Block> blocks)
        {
            foreach (var block in blocks)
            {
                if (block is Figure f) figures.Add(f);
                else if (block is Documents.ListBlock l) foreach (var item in l.Items) Collect(item.Blocks);
            }
        }
    }

    /// <summary>One conversion: collects the TeX problems met on the way.</summary>
    private sealed class Walker
    {
        public readonly List<TexProblem> Problems = [];
        private int _figures;

        public ImmutableArray<Block> Blocks(ContainerBlock container)
        {
            var blocks = ImmutableArray.CreateBuilder<Block>();
            foreach (var block in container) Add(block, blocks);
            return blocks.ToImmutable();
        }

        private void Add(Markdig.Syntax.Block block, ImmutableArray<Block>.Builder into)
        {
            switch (block)
            {
                case HeadingBlock h:
                    into.Add(new Heading(System.Math.Clamp(h.Level, 1, 3), Inlines(h.Inline)));
                    break;
                case ParagraphBlock p:
                    // "$$...$$" inside a paragraph is display math: the paragraph is split around it.
                    AddParagraph(p.Inline, into);
                    break;
                case MathBlock m:
                    into.Add(Display(Lines(m)));
                    break;
                case MarkdigTable t:
                    into.Add(ToTable(t));
                    break;
                case Markdig.Syntax.ListBlock l:
                    into.Add(ToList(l));
                    break;
                case FencedCodeBlock fenced when fenced.Info == FigureParser.InfoString:
                    // A fenced block "```figure" asks for a drawing; its body is the figure's spec.
                    into.Add(FigureParser.Parse(Lines(fenced), _figures++));
                    break;
                case Markdig.Syntax.CodeBlock:
                    into.Add(new CodeBlock(Lines((LeafBlock)block)));
                    break;
                case ThematicBreakBlock:
                    into.Add(Rule.Instance);
                    break;
                case HtmlBlock html:
                    // Raw HTML is shown as written: exercise text is not a web page.
                    into.Add(Paragraph.Of(new TextRun(Lines(html).Trim())));
                    break;
                case QuoteBlock q:
                    into.AddRange(Blocks(q));
                    break;
                case ContainerBlock c:
                    into.AddRange(Blocks(c));
                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    AddParagraph(leaf.Inline, into);
                    break;
            }
        }

        private static string Lines(LeafBlock block) => block.Lines.ToString().Replace("\r", "");

        private DisplayMath Display(string tex)
        {
            var source = tex.Trim();
            var parsed = TexParser.Parse(source);
            Problems.AddRange(parsed.Problems);
            return new DisplayMath(source, parsed.Root);
        }

        private MathRun InlineMath(string tex)
        {
            var source = tex.Trim();
            var parsed = TexParser.Parse(source);
            Problems.AddRange(parsed.Problems);
            return new MathRun(source, parsed.Root);
        }

        private Documents.ListBlock ToList(Markdig.Syntax.ListBlock list)
        {
            var items = ImmutableArray.CreateBuilder<ListItem>();
            var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
            foreach (var child in list)
            {
                if (child is not ListItemBlock item) continue;
                var marker = list.IsOrdered ? $"{number++}{(list.OrderedDelimiter == ')' ? ')' : '.')}" : "•";
                items.Add(new ListItem(marker, Blocks(item)));
            }
            return new Documents.ListBlock(items.ToImmutable());
        }

        private Table ToTable(MarkdigTable table)
        {
            var rows = ImmutableArray.CreateBuilder<TableRow>();
            foreach (var r in table)
            {
                if (r is not MarkdigTableRow row) continue;
                var cells = ImmutableArray.CreateBuilder<ImmutableArray<Inline>>();
                foreach (var c in row)
                {
                    if (c is not MarkdigTableCell cell) continue;
                    var inlines = ImmutableArray.CreateBuilder<Inline>();
                    foreach (var b in cell)
                        if (b is LeafBlock { Inline: { } inline })
                        {
                            if (inlines.Count > 0) inlines.Add(new TextRun(" "));
                            inlines.AddRange(Inlines(inline));
                        }
                    cells.Add(inlines.ToImmutable());
                }
                rows.Add(new TableRow(row.IsHeader, cells.ToImmutable()));
            }
            var alignments = table.ColumnDefinitions.Select(d => d.Alignment switch
            {
                MarkdigAlignment.Center => ColumnAlignment.Center,
                MarkdigAlignment.Right => ColumnAlignment.Right,
                _ => ColumnAlignment.Left,
            });
            return new Table(rows.ToImmutable(), [.. alignments]);
        }

        private void AddParagraph(ContainerInline? container, ImmutableArray<Block>.Builder into)
        {
            var current = ImmutableArray.CreateBuilder<Inline>();
            if (container is not null) Walk(container, TextStyle.Regular, current, into);
            Flush(current, into);
        }

        private static void Flush(ImmutableArray<Inline>.Builder current, ImmutableArray<Block>.Builder into)
        {
            var inlines = Trim(current.ToImmutable());
            current.Clear();
            if (!inlines.IsEmpty) into.Add(new Paragraph(inlines));
        }

        private ImmutableArray<Inline> Inlines(ContainerInline? container)
        {
            var current = ImmutableArray.CreateBuilder<Inline>();
            if (container is not null) Walk(container, TextStyle.Regular, current, null);
            return Trim(current.ToImmutable());
        }

        /// <summary>
        /// Appends the inlines of <paramref name="container"/> to <paramref name="current"/>. With
        /// <paramref name="blocks"/> given, display math ends the current paragraph and becomes a block.
        /// </summary>
        private void Walk(ContainerInline container, TextStyle style, ImmutableArray<Inline>.Builder current, ImmutableArray<Block>.Builder? blocks)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        AddText(current, literal.Content.ToString(), style);
                        break;
                    case MathInline math when math.DelimiterCount >= 2 && blocks is not null:
                        Flush(current, blocks);
                        blocks.Add(Display(math.Content.ToString()));
                        break;
                    case MathInline math:
                        current.Add(InlineMath(math.Content.ToString()));
                        break;
                    case EmphasisInline emphasis:
                        var inner = style | (emphasis.DelimiterCount >= 2 ? TextStyle.Strong : TextStyle.Emphasis);
                        Walk(emphasis, inner, current, blocks);
                        break;
                    case CodeInline code:
                        AddText(current, code.Content, style | TextStyle.Code);
                        break;
                    case LineBreakInline lineBreak:
                        if (lineBreak.IsHard) current.Add(LineBreak.Instance);
                        else AddText(current, " ", style);
                        break;
                    case HtmlEntityInline entity:
                        AddText(current, entity.Transcoded.ToString(), style);
                        break;
                    case HtmlInline html:
                        AddText(current, html.Tag, style);
                        break;
                    case AutolinkInline link:
                        AddText(current, link.Url, style);
                        break;
                    case LinkInline { IsImage: false } link:
                        Walk(link, style, current, blocks);
                        break;
                    case LinkInline image:
                        AddText(current, $"[image: {image.Url}]", style);
                        break;
                    case ContainerInline nested:
                        // Unresolved link brackets and other delimiters: their text as written.
                        if (nested is LinkDelimiterInline delimiter) AddText(current, delimiter.ToLiteral(), style);
                        Walk(nested, style, current, blocks);
                        break;
                    default:
                        AddText(current, inline.ToString() ?? "", style);
                        break;
                }
            }
        }

        /// <summary>Adds text, merging with a preceding run of the same style so the layout sees whole words.</summary>
        private static void AddText(ImmutableArray<Inline>.Builder current, string text, TextStyle style)
        {
            if (text.Length == 0) return;
            text = Normalize(text);
            // Quotes are read in the whole run, so one at the seam of two literals is seen with both neighbours.
            var prose = !style.HasFlag(TextStyle.Code);
            // Integers are grouped in the whole run too, so one split between two literals is grouped as one number.
            if (current.Count > 0 && current[^1] is TextRun last && last.Style == style)
                current[^1] = last with { Text = prose ? DigitGroups.Of(TypographicQuotes.Of(last.Text + text, PreviousCharacter(current, current.Count - 1))) : last.Text + text };
            else
                current.Add(new TextRun(prose ? DigitGroups.Of(TypographicQuotes.Of(text, PreviousCharacter(current, current.Count))) : text, style));
        }

        /// <summary>
        /// The character before inline <paramref name="index"/>, which decides whether a quote opening it opens or closes:
        /// a formula counts as a letter ($x$'s, "$\sigma$ is 0" closes after the 0), a paragraph's start as a space.
        /// </summary>
        private static char PreviousCharacter(ImmutableArray<Inline>.Builder current, int index) => index == 0 ? ' ' : current[index - 1] switch
        {
            TextRun { Text: [.., var c] } => c,
            MathRun => 'x',
            _ => ' ',
        };

        private static string Normalize(string text)
        {
            if (text.AsSpan().IndexOfAny('\n', '\r', '\t') < 0) return text;
            var sb = new StringBuilder(text.Length);
            foreach (var c in text) sb.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
            return sb.ToString();
        }

        /// <summary>Drops leading and trailing spaces and line breaks of a paragraph.</summary>
        private static ImmutableArray<Inline> Trim(ImmutableArray<Inline> inlines)
        {
            var list = inlines.ToList();
            while (list.Count > 0 && (list[0] is LineBreak || list[0] is TextRun { Text: var t0 } && string.IsNullOrWhiteSpace(t0))) list.RemoveAt(0);
            while (list.Count > 0 && (list[^1] is LineBreak || list[^1] is TextRun { Text: var t1 } && string.IsNullOrWhiteSpace(t1))) list.RemoveAt(list.Count - 1);
            if (list.Count > 0 && list[0] is TextRun first) list[0] = first with { Text = first.Text.TrimStart() };
            if (list.Count > 0 && list[^1] is TextRun last) list[^1] = last with { Text = last.Text.TrimEnd() };
            return [.. list];
        }
    }
}
