using System.Collections.Immutable;
using DeepExam.Documents;
using DeepExam.Documents.Math;
using DeepExam.Solving;

namespace DeepExam.Composition;

/// <summary>
/// One solved exercise as a question of a question bank: the statement, and each part's prompt, options, answer,
/// solution, traced working and known-mistake feedback, each as document blocks. The same texts the exam and
/// solution sheets typeset, cut at the places a question bank needs them apart (an LMS puts the answer field
/// after the prompt and the solution in its own feedback), so an export never holds a second copy of the text.
/// </summary>
public sealed record VariantQuestion(SolvedExercise Exercise, ImmutableArray<Block> Statement, ImmutableArray<PartQuestion> Parts, ImmutableArray<TexProblem> Problems)
{
    /// <summary>Composes the question of a solved exercise (solved with its texts rendered).</summary>
    public static VariantQuestion Of(SolvedExercise exercise)
    {
        var texts = new ParsedTexts();
        var problems = new List<TexProblem>();
        var statement = texts.Blocks(exercise.Statement, problems);
        var parts = exercise.Parts.Select(part => new PartQuestion(
            part,
            texts.Blocks(part.Prompt, problems),
            [.. part.Options.Select(o => new OptionText(o.Letter, texts.Blocks(o.Text, problems), o.Correct))],
            texts.Blocks(ExamDocument.AnswerMarkdown(part), problems),
            texts.Blocks(part.Solution, problems),
            part.Working.IsEmpty ? [] : texts.Blocks(Working.WorkingMarkdown.Write(part.Working), problems),
            [.. part.MistakeFeedback.Select(f => texts.Blocks(f, problems))])).ToImmutableArray();
        return new VariantQuestion(exercise, statement, parts, [.. problems]);
    }
}
