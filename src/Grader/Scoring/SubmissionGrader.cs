using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Grading.Answers;
using DeepExam.Grading.Submissions;
using DeepExam.Numbers;
using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Grading.Scoring;

/// <summary>
/// Grades a student's submission against their recomputed exam: checks the exam id and the check
/// code, grades every part in order (a later part sees the student's earlier answers for error carried
/// forward), and notes answers to parts the exam does not have.
/// </summary>
public sealed class SubmissionGrader(ExerciseSolver solver)
{
    private readonly ExpressionEvaluator _evaluator = new(BuiltinRegistry.Default);

    public StudentGrade Grade(StudentExam exam, Submission? submission, ImmutableArray<string> notes, string? unreadable = null)
    {
        if (submission is null)
            return Ungraded(exam, unreadable is null ? SubmissionStatus.Missing : SubmissionStatus.Unreadable, null,
                unreadable is null ? notes : notes.Add(unreadable));
        var allNotes = notes.AddRange(submission.Notes);
        if (submission.ExamId is { } examId && examId != exam.Blueprint.Id)
            return Ungraded(exam, SubmissionStatus.WrongExam, submission.File.Name,
                allNotes.Add($"the file is for exam '{FileQuote.Cut(examId)}', not '{exam.Blueprint.Id}'; it was not graded"));
        if (submission.ExamId is null) allNotes = allNotes.Add("the file does not name its exam");

        var status = SubmissionStatus.Graded;
        if (!CheckCode.Matches(exam.CheckCode, submission.CheckCode))
        {
            status = SubmissionStatus.CheckCodeMismatch;
            allNotes = allNotes.Add(submission.CheckCode is null
                ? "the check code is missing: it cannot be confirmed that this file was written on this student's sheet"
                : $"the check code '{FileQuote.Cut(submission.CheckCode)}' is not this student's ({exam.CheckCode}): was another student's sheet used?");
        }

        // Added at once: a file may answer tens of thousands of parts the exam does not have.
        var keys = exam.Parts.Select(p => PartKey.Normalize(p.Key)).ToHashSet(StringComparer.Ordinal);
        var unknown = submission.Answers.Keys.Where(k => !keys.Contains(k)).ToList();
        unknown.Sort(StringComparer.Ordinal);
        allNotes = allNotes.AddRange(FileQuote.FirstOf(unknown, k => $"answer to '{FileQuote.Cut(k)}' ignored: the exam has no such part",
            n => $"answers to {n} more parts the exam does not have were ignored"));

        var grades = ImmutableArray.CreateBuilder<PartGrade>();
        foreach (var exercise in exam.Exercises)
        {
            var given = new Dictionary<string, (Value Value, bool Correct)>(StringComparer.Ordinal);
            // Made once per exercise: a pair of callbacks per part was tens of megabytes over a class.
            Func<SolvedPart, CarriedForward?> carriedForward = part => CarriedForward(exercise, part, given);
            Func<SolvedPart, int, string> mistakeFeedback = (part, i) =>
                part.MistakeFeedback.Length > i ? part.MistakeFeedback[i] : solver.Render(exercise.Template, part.Template.Mistakes[i].Feedback, exercise.Scope);
            foreach (var part in exercise.Parts)
            {
                var node = submission.Answers.GetValueOrDefault(PartKey.Normalize(part.Key)) ?? AnswerNode.Empty.Instance;
                var (grade, parsed) = PartGrader.Grade(part, node, carriedForward, mistakeFeedback);
                if (parsed is not null) given[part.Id] = (parsed.Value, grade.Status == PartStatus.Correct);
                grades.Add(grade);
            }
        }
        return new StudentGrade(exam.Student, status, submission.File.Name, grades.ToImmutable(), allNotes);
    }

    /// <summary>The part's answer recomputed with the student's own values for the earlier parts it uses, when any of those was wrong.</summary>
    private CarriedForward? CarriedForward(SolvedExercise exercise, SolvedPart part, Dictionary<string, (Value Value, bool Correct)> given)
    {
        var uses = part.Template.Uses;
        if (uses.IsEmpty || part.Template.Answer is null || !uses.Any(u => given.TryGetValue(u, out var g) && !g.Correct)) return null;
        if (!uses.All(given.ContainsKey)) return null;
        var scope = new Dictionary<string, Value>(exercise.Scope, StringComparer.Ordinal);
        foreach (var u in uses) scope[u] = given[u].Value;
        try
        {
            var value = AnswerShape.Normalize(part.Kind, _evaluator.Evaluate(part.Template.Answer.Root, scope));
            var from = string.Join(", ", uses.Where(u => !given[u].Correct).Select(u => $"{exercise.Slot}.{u} = {Output.AnswerText.Format(given[u].Value)}"));
            return new CarriedForward(value, from);
        }
        catch (EvaluationException)
        {
            return null; // the student's earlier answer makes this part meaningless (e.g. a kernel larger than their input)
        }
    }

    public static StudentGrade Ungraded(StudentExam exam, SubmissionStatus status, string? file, ImmutableArray<string> notes) =>
        new(exam.Student, status, file,
            [.. exam.Parts.Select(p => new PartGrade(p.Key, p.Kind, PartStatus.Unanswered, Rational.Zero, p.Points, "", PartGrader.ExpectedText(p), [], null, PartVerdict.Unanswered))],
            notes);
}
