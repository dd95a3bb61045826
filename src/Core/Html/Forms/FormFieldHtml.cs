using System.Globalization;
using System.Text;
using DeepExam.Documents;

namespace DeepExam.Html.Forms;

/// <summary>
/// Writes each part's inputs where its answer box is: a labelled text field, a grid of cells, or a group of radio
/// buttons or check boxes in a fieldset, with the expected form (the box's hint). Fields are numbered in document
/// order (a0, a1, ...), so ids are short, valid and the same in every run; a grid's cells are in row-major order.
/// What the page script derives from the form's data is not written here, to keep every form small: each cell's
/// name ("row 1, column 2 of answer 4.a"), which the script gives it as its label, and the descriptions that tie the
/// hint and the messages to the inputs (the form needs its script to check and save anyway).
/// </summary>
public sealed class FormFieldHtml : IAnswerBoxHtml
{
    private readonly Dictionary<string, (int Index, FormField Field)> _fields;

    public FormFieldHtml(IReadOnlyList<FormField> fields)
    {
        _fields = new Dictionary<string, (int, FormField)>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++) _fields.Add(fields[i].Key, (i, fields[i]));
    }

    public bool Write(StringBuilder html, AnswerBox box)
    {
        if (!_fields.TryGetValue(box.PartKey, out var entry)) return false;
        var (index, field) = entry;
        var id = "a" + index.ToString(CultureInfo.InvariantCulture);
        switch (field.Input)
        {
            case FormInput.TextLine:
                Open(html, "div");
                html.Append("<label for=\"").Append(id).Append("\">").AppendText(box.Label).Append("</label>");
                TextInput(html, id);
                Hint(html, box);
                break;
            case FormInput.Cells cells:
                Open(html, "fieldset");
                Legend(html, box);
                Grids(html, cells);
                break;
            case FormInput.OneOf one:
                Open(html, "fieldset");
                Legend(html, box);
                Choices(html, id, "radio", one.Letters.Select(l => (l, "option " + l)));
                break;
            case FormInput.SomeOf some:
                Open(html, "fieldset");
                Legend(html, box);
                // "None of them" is an answer ([]), which no box ticked (unanswered) is not.
                Choices(html, id, "checkbox", [.. some.Letters.Select(l => (l, "option " + l)), ("", "none of them")]);
                break;
            case FormInput.TrueOrFalse:
                Open(html, "fieldset");
                Legend(html, box);
                Choices(html, id, "radio", [("true", "true"), ("false", "false")]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(box), field.Input.GetType().Name, "no HTML for this input");
        }
        // The page script adds the places for a format problem and a size notice, and names them in aria-describedby.
        html.Append(field.Input is FormInput.TextLine ? "</div>\n" : "</fieldset>\n");
        return true;
    }

    // The fields are the page's .field elements in document order: the script finds field i as the i-th.
    private static void Open(StringBuilder html, string element) =>
        html.Append('<').Append(element).Append(" class=\"answer-box field\">");

    private static void Legend(StringBuilder html, AnswerBox box)
    {
        html.Append("<legend>").AppendText(box.Label).Append("</legend>");
        Hint(html, box);
    }

    // Written even when empty: the script names it in the inputs' (a group's) aria-describedby.
    private static void Hint(StringBuilder html, AnswerBox box) =>
        html.Append("<p class=\"hint\">").AppendText(box.Hint).Append("</p>");

    // A text field, never type="number": it refuses 11/3 and 10 001 000, and some keyboards it brings up have no
    // minus. No type attribute: text is an input's default. The page script turns autocompletion and spelling off
    // (an attribute per cell would be most of a grid's bytes).
    private static void TextInput(StringBuilder html, string id) =>
        html.Append("<input id=\"").Append(id).Append("\">");

    /// <summary>
    /// One grid per slice of the leading axes (one grid for a vector or matrix), cells in row-major order; the grid's
    /// column count is a custom property the style sheet reads, and each cell is named by the script from the field's shape.
    /// </summary>
    private static void Grids(StringBuilder html, FormInput.Cells cells)
    {
        var shape = cells.Shape;
        var (rows, columns) = shape.Length == 1 ? (1, shape[0]) : (shape[^2], shape[^1]);
        var slices = cells.Count / (rows * columns);
        for (var slice = 0; slice < slices; slice++)
        {
            if (shape.Length > 2) html.Append("<p class=\"slice\">slice ").Append(SliceIndex(slice, shape)).Append("</p>");
            html.Append("<div class=\"cells\" style=\"--n:").Append(columns.ToString(CultureInfo.InvariantCulture)).Append("\">");
            for (var cell = 0; cell < rows * columns; cell++) html.Append("<input>");
            html.Append("</div>");
        }
    }

    /// <summary>"2, 1": the 1-based indices of the leading axes of slice number <paramref name="slice"/>.</summary>
    private static string SliceIndex(int slice, System.Collections.Immutable.ImmutableArray<int> shape)
    {
        var indices = new int[shape.Length - 2];
        for (var axis = indices.Length - 1; axis >= 0; axis--)
        {
            indices[axis] = slice % shape[axis] + 1;
            slice /= shape[axis];
        }
        return string.Join(", ", indices.Select(i => i.ToString(CultureInfo.InvariantCulture)));
    }

    private static void Choices(StringBuilder html, string id, string type, IEnumerable<(string Value, string Label)> choices)
    {
        html.Append("<div class=\"choices\">");
        foreach (var (value, label) in choices)
            html.Append("<label><input type=\"").Append(type).Append("\" name=\"").Append(id).Append("\" value=\"").AppendText(value)
                .Append("\"> ").AppendText(label).Append("</label>");
        html.Append("</div>");
    }
}
