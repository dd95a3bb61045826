namespace DeepExam.Documents.Math;

/// <summary>What is wrong with a piece of TeX: something the typesetter does not know, or TeX that is not well formed.</summary>
public enum TexProblemKind
{
    /// <summary>A missing brace, argument or delimiter, a stray closer, a double superscript.</summary>
    Malformed,

    /// <summary>A command, environment or delimiter the typesetter does not know (or a use of one it does not support).</summary>
    Unsupported,
}
