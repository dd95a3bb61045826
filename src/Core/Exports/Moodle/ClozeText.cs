using System.Text;

namespace DeepExam.Exports.Moodle;

/// <summary>
/// The text of Moodle's embedded-answers (Cloze) fields: <c>{weight:TYPE:answer#feedback~…}</c>. Moodle finds the end of an
/// answer at an unescaped <c>~</c>, <c>#</c> or <c>}</c>, the end of a feedback at <c>~</c> or <c>}</c>, and then decodes HTML
/// entities once; so the HTML of an option or a feedback is written with <c>&amp;</c> doubled and those characters (and the
/// backslash, which would escape them) as numeric entities. After decoding, Moodle turns <c>\}</c> into <c>}</c> and
/// <c>\#</c> into <c>#</c> (its own escapes), which would eat the backslash of TeX's <c>\}</c>; so a backslash before a
/// <c>}</c> or <c>#</c> is written twice, and what Moodle stores is the HTML as written.
/// </summary>
public static class ClozeText
{
    public static string Escape(string html)
    {
        var text = new StringBuilder(html.Length + 16);
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '}': text.Append("&#125;"); break;
                case '~': text.Append("&#126;"); break;
                case '#': text.Append("&#35;"); break;
                case '\\':
                    text.Append("&#92;");
                    if (i + 1 < html.Length && html[i + 1] is '}' or '#') text.Append("&#92;");
                    break;
                case '\n': text.Append(' '); break;
                default: text.Append(c); break;
            }
        }
        return text.ToString();
    }

    /// <summary>A NUMERICAL field: the correct answer first, then each known mistake at 0 % with its feedback.</summary>
    public static string Numerical(int weight, NumericalAnswer answer, Func<int, string> mistakeFeedback)
    {
        var field = new StringBuilder().Append('{').Append(weight).Append(":NUMERICAL:=")
            .Append(ExactDecimal.Text(answer.Value)).Append(':').Append(ExactDecimal.Text(answer.Tolerance));
        foreach (var mistake in answer.Mistakes)
            field.Append("~%0%").Append(ExactDecimal.Text(mistake.Value)).Append(':').Append(ExactDecimal.Text(mistake.Tolerance))
                .Append('#').Append(Escape(mistakeFeedback(mistake.Rule)));
        return field.Append('}').ToString();
    }

    /// <summary>A choice field: each option with its percentage (may be negative for MULTIRESPONSE) and feedback.</summary>
    public static string Choice(int weight, string type, IEnumerable<(string Percent, string Html, string Feedback)> options)
    {
        var field = new StringBuilder().Append('{').Append(weight).Append(':').Append(type).Append(':');
        var first = true;
        foreach (var (percent, html, feedback) in options)
        {
            if (!first) field.Append('~');
            first = false;
            field.Append('%').Append(percent).Append('%').Append(Escape(html));
            if (feedback.Length > 0) field.Append('#').Append(Escape(feedback));
        }
        return field.Append('}').ToString();
    }
}
