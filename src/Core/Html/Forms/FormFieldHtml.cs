using System.Globalization;
using System.Text;
using DeepExam.Documents;

namespace DeepExam.Html.Forms;

/// <summary>
/// Writes each part's inputs where its answer box is: a labelled text field, a grid of labelled cells, or a
/// group of radio buttons or check boxes in a fieldset, with the expected form (the box's hint). Fields are numbered
/// in document order (a0, a1, ...), so ids are short, valid and the same in every run; a grid's cells are in
/// row-major order, each inside its label.
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
                Open(html, "div", index);
                html.Append("<label for=\"").Append(id).Append("\">").AppendText(box.Label).Append("</label>");
                TextInput(html, id);
                Hint(html, id, box);
                break;
            case FormInput.Cells cells:
                Open(html, "fieldset", index);
                Legend(html, id, box);
                Grids(html, id, box.Label, cells);
                break;
            case FormInput.OneOf one:
                Open(html, "fieldset", index);
                Legend(html, id, box);
                Choices(html, id, "radio", one.Letters.Select(l => (l, "option " + l)));
                break;
            case FormInput.SomeOf some:
                Open(html, "fieldset", index);
                Legend(html, id, box);
                // "None of them" is an answer ([]), which no box ticked (unanswered) is not.
                Choices(html, id, "checkbox", [.. some.Letters.Select(l => (l, "option " + l)), ("", "none of them")]);
                break;
            case FormInput.TrueOrFalse:
                Open(html, "fieldset", index);
                Legend(html, id, box);
                Choices(html, id, "radio", [("true", "true"), ("false", "false")]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(box), field.Input.GetType().Name, "no HTML for this input");
        }
        // The page script adds the places for a format problem and a size notice, and names them in aria-describedby.
        html.Append(field.Input is FormInput.TextLine ? "</div>\n" : "</fieldset>\n");
        return true;
    }

    private static void Open(StringBuilder html, string element, int index)
    {
        var number = index.ToString(CultureInfo.InvariantCulture);
        html.Append('<').Append(element).Append(" class=\"answer-box field\" data-field=\"").Append(number).Append('"');
        // A group is described by its hint, which then need not be named by each of its inputs.
        if (element == "fieldset") html.Append(" aria-describedby=\"a").Append(number).Append("-hint\"");
        html.Append('>');
    }

    private static void Legend(StringBuilder html, string id, AnswerBox box)
    {
        html.Append("<legend>").AppendText(box.Label).Append("</legend>");
        Hint(html, id, box);
    }

    // Written even when empty: the inputs' aria-describedby names it.
    private static void Hint(StringBuilder html, string id, AnswerBox box) =>
        html.Append("<p class=\"hint\" id=\"").Append(id).Append("-hint\">").AppendText(box.Hint).Append("</p>");

    // Never type="number": it refuses 11/3 and 10 001 000, and some keyboards it brings up have no minus. The page
    // script turns autocompletion and spelling off (an attribute per cell would be most of a grid's bytes).
    private static void TextInput(StringBuilder html, string id) =>
        html.Append("<input type=\"text\" id=\"").Append(id).Append("\" aria-describedby=\"").Append(id).Append("-hint\">");

    /// <summary>One grid per slice of the leading axes (one grid for a vector or matrix), cells in row-major order.</summary>
    private static void Grids(StringBuilder html, string id, string label, FormInput.Cells cells)
    {
        var shape = cells.Shape;
        var (rows, columns) = shape.Length == 1 ? (1, shape[0]) : (shape[^2], shape[^1]);
        var slices = cells.Count / (rows * columns);
        var answer = char.ToLowerInvariant(label[0]) + label[1..];
        for (var slice = 0; slice < slices; slice++)
        {
            var sliceName = shape.Length > 2 ? "slice " + SliceIndex(slice, shape) : "";
            if (sliceName.Length > 0) html.Append("<p class=\"slice\">").Append(sliceName).Append("</p>");
            html.Append("<div class=\"cells\" style=\"grid-template-columns:repeat(").Append(columns.ToString(CultureInfo.InvariantCulture)).Append(",minmax(3.2em,7em))\">");
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    var where = shape.Length == 1
                        ? (cells.EntryNames.Length == columns ? $"{cells.EntryNames[c]}" : $"entry {c + 1}")
                        : $"row {r + 1}, column {c + 1}";
                    if (sliceName.Length > 0) where += " of " + sliceName;
                    // The label holds the cell, so the cell needs no id; the fieldset's description is the hint.
                    html.Append("<label><span class=\"sr\">").AppendText($"{where} of {answer}").Append("</span><input type=\"text\"></label>");
                }
            }
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
