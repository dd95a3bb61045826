using System.Collections.Immutable;
using DeepExam.Documents;
using DeepExam.Exams;

namespace DeepExam.Composition;

/// <summary>
/// An author's preview of a variant: the exam sheet, then the solution sheet, each as the student
/// would get it (with its own heads and page numbers), in one file under the exam's title.
/// </summary>
public static class AuthorPreview
{
    public static ImmutableArray<ComposedDocument> Sheets(StudentExam exam)
    {
        var sheets = new StudentSheets(exam);
        return [sheets.ExamSheet, sheets.SolutionSheet];
    }

    public static DocumentInfo Info(StudentExam exam) => ExamDocument.Info(exam, solutions: true) with { Title = exam.Blueprint.Title };
}
