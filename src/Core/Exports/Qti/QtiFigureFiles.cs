using System.Text;
using DeepExam.Documents.Figures;
using DeepExam.Html;
using DeepExam.Layout;
using DeepExam.Layout.Figures;

namespace DeepExam.Exports.Qti;

/// <summary>
/// The SVG files of one item's figures, named after the item (<c>variant-3-figure-1.svg</c>) and kept beside it in the
/// package, where the item's <c>&lt;img&gt;</c> refers to them by that relative name. One per item.
/// </summary>
public sealed class QtiFigureFiles(string folder, string stem)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<ExportedFile> _files = [];

    public IReadOnlyList<ExportedFile> Files => _files;

    /// <summary>Draws the figure into a new file; returns the name the item refers to it by and its size in CSS pixels.</summary>
    public (string Name, string Width, string Height) Add(Fragment fragment, ITextMeasurer measurer, string description)
    {
        var name = $"{stem}-figure-{_files.Count + 1}.svg";
        _files.Add(new ExportedFile($"{folder}/{name}", Utf8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SvgCanvas.Draw(fragment, measurer, description) + "\n")));
        return (name, Pixels(fragment.Width), Pixels(fragment.Height));
    }

    // CSS pixels at 96 dpi are 4/3 of a point, as the HTML backend sizes its inline figures.
    private static string Pixels(double points) => Math.Round(points * 4 / 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
