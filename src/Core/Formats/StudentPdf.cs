using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Layout;
using DeepExam.Pdf;

namespace DeepExam.Formats;

/// <summary>A student's document as a PDF; a layout problem names the student, since another student's numbers may fit.</summary>
internal static class StudentPdf
{
    public static void Write(StudentSheets student, ComposedDocument document, Stream output)
    {
        try
        {
            DocumentPdf.Write(document, output);
        }
        catch (LayoutException e)
        {
            throw e.Within($"student {student.Exam.Student.Id}");
        }
    }
}
