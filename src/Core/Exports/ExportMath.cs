namespace DeepExam.Exports;

/// <summary>How a question bank writes math: TeX in \( \) and \[ \] for the LMS's MathJax filter, or MathML.</summary>
public enum ExportMath { Tex, MathML }
