using DeepExam.Documents;
using DeepExam.Exams;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// A student's exam sheet: title block, instructions, and every exercise with its parts, points and
/// an empty answer box. It carries no answers. Thread-safe.
/// </summary>
public static class ExamSheetPdf
{
    public static void Write(StudentExam exam, Stream output) =>
        ExamPdfs.Render(ExamDocument.Exam(exam), ExamDocument.Frame(exam, solutions: false), ExamPdfs.Metadata(exam, solutions: false), output);

    /// <summary>The laid-out pages, for tests and previews.</summary>
    public static LaidOutDocument Layout(StudentExam exam) =>
        ExamPdfs.Layout(ExamDocument.Exam(exam), ExamDocument.Frame(exam, solutions: false));
}
