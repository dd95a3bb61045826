using DeepExam.Exams;
using DeepExam.Grading.Reports.Composition;
using DeepExam.Grading.Scoring;
using DeepExam.Layout;
using DeepExam.Pdf;

namespace DeepExam.Grading.Reports.Pdf;

/// <summary>
/// feedback/&lt;student&gt;.pdf: the <see cref="FeedbackDocument"/> composed for the student, written by
/// the same PDF backend as the exam sheets. Thread-safe and deterministic: the date is the exam's,
/// never the clock, and the file identifier derives from the student and what they were graded on.
/// </summary>
public static class FeedbackPdf
{
    public static void Write(StudentGrade grade, StudentExam exam, Stream output)
    {
        try
        {
            DocumentPdf.Write(FeedbackDocument.Compose(grade, exam), output);
        }
        catch (LayoutException e)
        {
            throw e.Within($"feedback for student {grade.Student.Id}");
        }
    }

    /// <summary>The laid-out pages, for tests and previews.</summary>
    public static LaidOutDocument Layout(StudentGrade grade, StudentExam exam) => DocumentPdf.Layout(FeedbackDocument.Compose(grade, exam));
}
