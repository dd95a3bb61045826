using System.Collections.Immutable;
using DeepExam.Documents;

namespace DeepExam.Exports;

/// <summary>
/// Blocks with every formula turned back into its TeX source between \( \) (inline) or \[ \] (display), as plain text: what an
/// LMS's MathJax filter typesets in the browser. Figures are handed to <paramref name="figure"/>, which returns the text that
/// stands in for each (a placeholder the writer replaces with its image). Everything else is kept as it is.
/// </summary>
public sealed class DelimitedTex(bool rewriteMath, Func<Documents.Figures.Figure, string> figure)
{
    public ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks) => [.. blocks.Select(Block)];

    public Block Block(Block block) => block switch
    {
        Paragraph p => p with { Inlines = Inlines(p.Inlines) },
        Heading h => h with { Inlines = Inlines(h.Inlines) },
        DisplayMath d when rewriteMath => Paragraph.Of(new TextRun($"\\[{d.Source}\\]")),
        ListBlock l => new ListBlock([.. l.Items.Select(i => i with { Blocks = Blocks(i.Blocks) })]),
        Section s => s with { Blocks = Blocks(s.Blocks) },
        LabeledBlock l => l with { Blocks = Blocks(l.Blocks) },
        KeepTogether k => k with { Blocks = Blocks(k.Blocks) },
        Table t => t with { Rows = [.. t.Rows.Select(r => r with { Cells = [.. r.Cells.Select(Inlines)] })] },
        AnswerBox a => a with { Content = Blocks(a.Content) },
        Documents.Figures.Figure f when f.IsValid => Paragraph.Of(new TextRun(figure(f))),
        // Code, rules, display math kept as MathML, and invalid figures (shown as their error) need nothing.
        _ => block,
    };

    private ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines) =>
        rewriteMath ? [.. inlines.Select(i => i is MathRun m ? new TextRun($"\\({m.Source}\\)") : i)] : inlines;
}
