using Scriban;
using Scriban.Parsing;

namespace DeepExam.Text;

/// <summary>How exercise text is parsed: Scriban's template syntax, <c>{{ … }}</c> in Markdown.</summary>
public static class TextParsing
{
    public static Template Parse(string source) => Template.Parse(source, null, new ParserOptions { ExpressionDepthLimit = 64 }, LexerOptions.Default);
}
