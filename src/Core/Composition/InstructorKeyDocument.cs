using System.Security.Cryptography;
using System.Text;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Exams;
using DeepExam.Solving;

namespace DeepExam.Composition;

/// <summary>
/// The instructor key's view of a student's exam: every part's label, points and exact answer,
/// typeset as on the solution sheet (the same answer Markdown, so matrices are matrices and
/// fractions fractions), without the questions.
/// </summary>
public static class InstructorKeyDocument
{
    public const string Confidential = "Instructor key — confidential";

    public static StudentKey For(StudentExam exam) => new(
        exam.Student.Name,
        exam.Student.Id,
        exam.CheckCode,
        ExamDocument.PointsText(exam.TotalPoints),
        [.. exam.Exercises.Select(e => new KeyExercise(e.Slot, e.Template.Id, FromPool(exam.Blueprint, e.Slot), [.. e.Parts.Select(Answer)]))]);

    private static bool FromPool(ExamBlueprint blueprint, int slot) => blueprint.Slots.Any(s => s.Number == slot && s.Pool.Length > 1);

    /// <summary>
    /// What every page repeats: exam and "confidential", and the students on the page (by id, the
    /// first and the last), so a printed key is searched like a dictionary.
    /// </summary>
    public static RunningHeads Heads(ExamBlueprint blueprint, string firstStudent, string lastStudent)
    {
        var title = $"{blueprint.Title} — instructor key";
        var students = firstStudent.Length == 0 ? "" : firstStudent == lastStudent ? $"Student {firstStudent}" : $"Students {firstStudent} – {lastStudent}";
        return new RunningHeads(RunningTitle.For(blueprint, title), Confidential, students);
    }

    /// <summary>What the key says about itself; its identity is a hash of the whole class (the student ids, in roster order).</summary>
    public static DocumentInfo Info(ExamBlueprint blueprint, IReadOnlyCollection<string> studentIds)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var id in studentIds) hash.AppendData(Encoding.UTF8.GetBytes(id + "\n"));
        var count = studentIds.Count;
        return new DocumentInfo(
            $"{blueprint.Title} — instructor key",
            $"{count} student{(count == 1 ? "" : "s")}",
            blueprint.Course,
            ExamDocument.Date(blueprint),
            $"{blueprint.Id}\ninstructor key\n{Convert.ToHexString(hash.GetHashAndReset())}");
    }

    private static KeyAnswer Answer(SolvedPart part)
    {
        var markdown = ExamDocument.AnswerMarkdown(part);
        // An answer that is one formula is set in display style, so its fractions are full size.
        // Most answers are one formula: parsing its TeX directly gives what Markdown would give, for
        // half the cost, which a class of a thousand notices.
        if (SingleFormula(markdown) is { } tex) return new KeyAnswer(part.Key, ShortPoints(part.Points), [new DisplayMath(tex, TexParser.Parse(tex).Root)]);
        var blocks = MarkdownToDocument.Convert(markdown).Blocks;
        if (blocks is [Paragraph { Inlines: [MathRun math] }]) blocks = [new DisplayMath(math.Source, math.Math)];
        return new KeyAnswer(part.Key, ShortPoints(part.Points), blocks);
    }

    /// <summary>The TeX of a text that is nothing but one <c>$...$</c> or <c>$$...$$</c> formula; null otherwise.</summary>
    private static string? SingleFormula(string markdown)
    {
        var fence = markdown.StartsWith("$$", StringComparison.Ordinal) ? 2 : markdown.StartsWith('$') ? 1 : 0;
        if (fence == 0 || markdown.Length <= 2 * fence || !markdown.EndsWith(fence == 2 ? "$$" : "$", StringComparison.Ordinal)) return null;
        var tex = markdown[fence..^fence];
        return tex.Contains('$') || tex.Contains('\n') ? null : tex.Trim();
    }

    /// <summary>"2 pt", "1.5 pt", "0.75 pt": the key is dense, so points are abbreviated.</summary>
    public static string ShortPoints(Numbers.Rational points) => $"{Exams.PointsFormat.Decimal(points)} pt";
}
