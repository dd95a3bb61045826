using System.Collections.Immutable;
using System.Text;
using DeepExam.Documents;
using DeepExam.Documents.Figures;
using DeepExam.Html;
using DeepExam.Layout;
using DeepExam.Layout.Figures;

namespace DeepExam.Exports.Moodle;

/// <summary>
/// Document blocks as the HTML of Moodle text fields, through the HTML backend: math as TeX in \( \) / \[ \] for Moodle's
/// MathJax filter (the default) or as MathML, and each figure as an SVG file of the field, shown with
/// <c>&lt;img src="@@PLUGINFILE@@/…"&gt;</c>, since Moodle's HTML cleaning may strip inline SVG but keeps images.
/// One instance per thread.
/// </summary>
public sealed class MoodleHtml(ExportMath math, ITextMeasurer measurer)
{
    private const string Placeholder = "@@DEEPEXAM-FIGURE-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly HtmlBodyWriter _body = new(measurer, LayoutStyle.Default, PageSetup.A4.ContentWidth) { WithoutStylesheet = true };
    private readonly FigureLayout _figures = new(measurer, LayoutStyle.Default);

    /// <summary>Starts one text field: blocks and raw HTML (Cloze fields) in order, figures numbered within the field, as Moodle's file areas are.</summary>
    public Field Begin() => new(this);

    /// <summary>Inline content (a Cloze option, a feedback): the HTML without a wrapping paragraph when there is just one. Figures are not expected here and are left out.</summary>
    public string Inline(ImmutableArray<Block> blocks)
    {
        var html = Begin().Blocks(blocks).Build().Html.TrimEnd('\n');
        if (blocks.Length == 1 && blocks[0] is Paragraph && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0)
            html = html[3..^4];
        return html;
    }

    public sealed class Field
    {
        private readonly MoodleHtml _owner;
        private readonly StringBuilder _html = new(4096);
        private readonly List<ExportedFile> _files = [];
        private readonly List<string> _images = [];
        private readonly DelimitedTex _rewrite;

        internal Field(MoodleHtml owner)
        {
            _owner = owner;
            _rewrite = new DelimitedTex(owner.MathIsTex, Figure);
        }

        public Field Blocks(ImmutableArray<Block> blocks)
        {
            _owner._body.Blocks(_html, _rewrite.Blocks(blocks));
            return this;
        }

        public Field Raw(string html)
        {
            _html.Append(html);
            return this;
        }

        public MoodleText Build()
        {
            for (var i = _images.Count; i >= 1; i--) _html.Replace($"{Placeholder}{i}@@", _images[i - 1]);
            return new MoodleText(_html.ToString(), [.. _files]);
        }

        private string Figure(Figure figure)
        {
            var fragment = _owner._figures.Layout(figure, PageSetup.A4.ContentWidth);
            var description = FigureDescription.Of(figure);
            var name = $"figure-{_files.Count + 1}.svg";
            _files.Add(new ExportedFile(name, Utf8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgCanvas.Draw(fragment, _owner.Measurer, description) + "\n")));
            _images.Add(new StringBuilder().Append("<img src=\"@@PLUGINFILE@@/").Append(name).Append("\" alt=\"").AppendText(description)
                .Append("\" width=\"").Append(Pixels(fragment.Width)).Append("\" height=\"").Append(Pixels(fragment.Height)).Append("\">").ToString());
            return $"{Placeholder}{_images.Count}@@";
        }
    }

    private bool MathIsTex => math == ExportMath.Tex;

    private ITextMeasurer Measurer => measurer;

    // CSS pixels at 96 dpi are 4/3 of a point, as the HTML backend sizes its inline figures.
    private static string Pixels(double points) => Math.Round(points * 4 / 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
