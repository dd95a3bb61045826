using DeepExam.Documents;
using DeepExam.Exams;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// A student's solution sheet: the same exercises as their exam, each part followed by its exact
/// answer and the worked solution. Thread-safe.
/// </summary>
public static class SolutionSheetPdf
{
    public static void Write(StudentExam exam, Stream output) =>
        ExamPdfs.Render(ExamDocument.Solutions(exam), ExamDocument.Frame(exam, solutions: true), ExamPdfs.Metadata(exam, solutions: true), output);

    public static LaidOutDocument Layout(StudentExam exam) =>
        ExamPdfs.Layout(ExamDocument.Solutions(exam), ExamDocument.Frame(exam, solutions: true));
}
