using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DeepExam.Diagnostics;
using DeepExam.Documents;
using DeepExam.Documents.Figures;
using DeepExam.Layout;
using DeepExam.Pdf;
using DeepExam.Templates;

namespace DeepExam.Runs;

/// <summary>
/// <c>validate</c>'s check of the figures in a variant's text: a figure whose spec is wrong, or that
/// does not fit the page of the sheets, is an error at the line of the template that wrote it, with the
/// template, the text and what is wrong.
/// </summary>
public static partial class FigureCheck
{
    [GeneratedRegex(@"^[ \t]*(?:`{3,}|~{3,})[ \t]*figure[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex FigureFence();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    /// <param name="report">Takes each problem and a key under which repeats of it (with other numbers) count once.</param>
    public static void Check(ExerciseTemplate template, IEnumerable<RenderedText> texts, Action<Diagnostic, string> report)
    {
        foreach (var (what, source, rendered) in texts)
        {
            // Markdown is converted only for the few texts that can hold a figure.
            if (!rendered.Contains(FigureParser.InfoString, StringComparison.Ordinal)) continue;
            var index = 0;
            foreach (var figure in MarkdownToDocument.Figures(rendered))
            {
                if (figure.IsValid && DoesNotFit(figure, what) is { } overflow)
                {
                    var location = Location(source, new FigureProblem(index, 1, overflow));
                    report(new Diagnostic(location, template.Id, $"{what}: the figure does not fit the page: {overflow}", DiagnosticCodes.FigureDoesNotFit),
                        $"figure-size|{Digits().Replace(overflow, "#")}");
                }
                index++;
                foreach (var problem in figure.Problems)
                {
                    var location = Location(source, problem);
                    // The same mistake with another variant's numbers is one error.
                    report(new Diagnostic(location, template.Id, $"{what}: bad figure: {problem.Message}", DiagnosticCodes.MalformedFigure),
                        $"figure|{Digits().Replace(problem.Message, "#")}");
                }
            }
        }
    }

    /// <summary>
    /// Why the figure cannot be set on the exam's A4 pages, or null when it can: laid out as the sheets
    /// do, a statement's across the text column, a part's beside its label.
    /// </summary>
    private static string? DoesNotFit(Figure figure, string what)
    {
        // Without the fonts there is no true measure; generate reports it then.
        if (!DejaVuFonts.AreInstalled) return null;
        var page = PageSetup.A4;
        Block block = what == "statement" ? figure : new LabeledBlock("(a)", "1 point", [figure]);
        try
        {
            var flow = new BlockLayout(PdfTextMeasurer.Instance, LayoutStyle.Default).Flow([block], page.ContentWidth);
            var tallest = flow.Max(f => f.Fragment.Height);
            return tallest > page.ContentHeight
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"it is {tallest:0.#}pt tall; a page holds {page.ContentHeight:0.#}pt")
                : null;
        }
        catch (LayoutException e)
        {
            return e.Message;
        }
    }

    /// <summary>The template line the problem's figure line came from: the figure's fence in the template, counted, then the line in its body.</summary>
    public static SourceLocation Location(TextTemplate source, FigureProblem problem)
    {
        var fences = FigureFence().Matches(source.Source);
        if (problem.Figure >= fences.Count) return source.Location;
        var fence = fences[problem.Figure];
        var lines = source.Source.AsSpan(0, fence.Index).Count('\n');
        return source.Location.At(lines + problem.Line, source.Location.Column);
    }
}
