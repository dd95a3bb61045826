using DeepExam.Documents;
using DeepExam.Exams;

namespace DeepExam.Composition;

/// <summary>
/// A student's exam and the documents composed from it, for every output of a run: each document is
/// composed once, when an output first asks for it, and then shared (a PDF and an HTML exam sheet are
/// views of one document). The exam and solution sheets share their parsed texts, most of a sheet's
/// cost (the texts other students' sheets show as well are kept by <see cref="MarkdownToDocument"/>).
/// Not thread-safe: a student's outputs are written one after another on one thread, while other
/// students' are written on others, each with their own instance.
/// </summary>
public sealed class StudentSheets(StudentExam exam)
{
    private readonly ParsedTexts _texts = new();
    private ComposedDocument? _examSheet;
    private ComposedDocument? _solutionSheet;
    private StudentKey? _key;

    public StudentExam Exam => exam;

    /// <summary>The exam sheet to hand out: every exercise with an empty answer box per part; no answers.</summary>
    public ComposedDocument ExamSheet => _examSheet ??=
        new ComposedDocument(ExamDocument.Exam(exam, _texts), ExamDocument.Heads(exam, solutions: false), ExamDocument.Info(exam, solutions: false));

    /// <summary>The solution sheet: the same exercises, each part with its exact answer and worked solution.</summary>
    public ComposedDocument SolutionSheet => _solutionSheet ??=
        new ComposedDocument(ExamDocument.Solutions(exam, _texts), ExamDocument.Heads(exam, solutions: true), ExamDocument.Info(exam, solutions: true));

    /// <summary>The student's entry in the instructor key: every part's points and exact answer.</summary>
    public StudentKey Key => _key ??= InstructorKeyDocument.For(exam);
}
