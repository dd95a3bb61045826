using DeepExam.Exams;
using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// An author's preview of a variant: the exam pages, then the solution pages, each as the student
/// would get them (with their own header and page numbers), in one PDF. Deterministic.
/// </summary>
public static class PreviewPdf
{
    /// <returns>The number of pages written.</returns>
    public static int Write(StudentExam exam, Stream output)
    {
        try
        {
            var examPages = ExamSheetPdf.Layout(exam);
            var solutionPages = SolutionSheetPdf.Layout(exam);
            var both = new LaidOutDocument(examPages.Page, [.. examPages.Pages, .. solutionPages.Pages]);
            LaidOutPdf.Write(both, ExamPdfs.Metadata(exam, solutions: true) with { Title = exam.Blueprint.Title }, output);
            return both.Pages.Length;
        }
        catch (LayoutException e)
        {
            throw e.Within(exam.Student.Id);
        }
    }
}
