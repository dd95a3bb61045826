namespace DeepExam.Documents.Math;

/// <summary>TeX's styles: display (own line), text (inline), and the smaller script sizes.</summary>
public enum MathStyle
{
    Display,
    Text,
    Script,
    ScriptScript,
}
