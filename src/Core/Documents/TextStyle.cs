namespace DeepExam.Documents;

/// <summary>How a run of text is set. Markdown's nesting (<c>***x***</c>) flattens to combined flags.</summary>
[Flags]
public enum TextStyle
{
    Regular = 0,
    Emphasis = 1,
    Strong = 2,
    Code = 4,
}
