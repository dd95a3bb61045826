namespace DeepExam.Documents;

/// <summary>Text in one style. Spaces are break opportunities; newlines have already become spaces.</summary>
public sealed record TextRun(string Text, TextStyle Style = TextStyle.Regular) : Inline
{
    public override string ToString() => Style == TextStyle.Regular ? Text : $"{Style}:{Text}";
}
