namespace DeepExam.Html.Forms;

/// <summary>
/// Whose answer sheet a form saves: the file name it downloads as ("s1001.yaml"), the exam and student ids a loaded file
/// must carry, and the blank answer sheet (the answer-sheets/ file, check code filled in) that saving completes line by line.
/// </summary>
public sealed record FormSheet(string FileName, string Exam, string Student, string Check, string BlankSheet);
