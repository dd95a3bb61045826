using System.Text;

namespace DeepExam.Html;

/// <summary>Escapes text for HTML and XML element content and double-quoted attribute values.</summary>
public static class HtmlEscape
{
    public static StringBuilder AppendText(this StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder;
    }

    public static string Text(string text) => new StringBuilder(text.Length + 8).AppendText(text).ToString();
}
