namespace DeepExam.Diagnostics;

/// <summary>
/// The codes of <c>validate</c>'s diagnostics, in the style of Roslyn's CS0103: a test matches the code rather
/// than the wording, and docs/diagnostics.md lists every one (a test checks it does).
/// DX01xx are about drawing variants, DX02xx about known mistakes, DX03xx about the text as it is typeset.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>No draw met all the constraints: the report counts how often each held on its own.</summary>
    public const string ConstraintsNeverMet = "DX0101";

    /// <summary>A known mistake equals the correct answer in every variant checked, so the grader can never recognise it.</summary>
    public const string MistakeAlwaysEqualsAnswer = "DX0201";

    /// <summary>A TeX command, environment or delimiter the typesetter does not know; the nearest it knows are named.</summary>
    public const string UnsupportedTex = "DX0301";

    /// <summary>TeX that is not well formed: a missing brace, argument or delimiter, a stray closer, a double superscript.</summary>
    public const string MalformedTex = "DX0302";

    /// <summary>A character the face it is set in has no glyph for: it would print as an empty box.</summary>
    public const string MissingGlyph = "DX0303";

    public static IReadOnlyList<string> All { get; } = [ConstraintsNeverMet, MistakeAlwaysEqualsAnswer, UnsupportedTex, MalformedTex, MissingGlyph];
}
