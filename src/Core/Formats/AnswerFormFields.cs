using System.Collections.Immutable;
using DeepExam.Answers.Grammar;
using DeepExam.Exams;
using DeepExam.Html.Forms;
using DeepExam.Kinds;
using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Formats;

/// <summary>
/// Which input each part of a student's exam gets in their answer form, read off its kind (one handler per kind, in a
/// table that refuses a kind without one), checking that the blank answer sheet the form completes has the part's line.
/// Only the sizes and option letters the exam sheet shows go into a field, never the answer.
/// </summary>
public static class AnswerFormFields
{
    /// <summary>One answer kind's input in the form.</summary>
    public sealed record Handler(AnswerKind Kind, Func<SolvedPart, FormInput> Input) : IAnswerKindHandler;

    /// <remarks>
    /// One number or a short list (shape, tuple) is one line of text, where 28x28x5 and [28, 28, 5] both work; a vector,
    /// matrix or tensor is a cell per entry, so nobody counts brackets and each entry is checked where it is typed. A
    /// tensor is a grid per slice of its leading axes: the grader's nested lists, laid out as the solution sheet shows them.
    /// </remarks>
    public static readonly AnswerKindTable<Handler> Inputs = new("the answer form's inputs",
        new(AnswerKind.Integer, _ => new FormInput.TextLine()),
        new(AnswerKind.Exact, _ => new FormInput.TextLine()),
        new(AnswerKind.Approximate, _ => new FormInput.TextLine()),
        new(AnswerKind.Shape, _ => new FormInput.TextLine()),
        new(AnswerKind.Tuple, _ => new FormInput.TextLine()),
        new(AnswerKind.Vector, p => new FormInput.Cells(CellShape(p), [])),
        new(AnswerKind.Matrix, p => new FormInput.Cells(CellShape(p), [])),
        new(AnswerKind.Tensor, p => new FormInput.Cells(CellShape(p), [])),
        new(AnswerKind.Choice, p => new FormInput.OneOf(Letters(p))),
        new(AnswerKind.MultipleChoice, p => new FormInput.SomeOf(Letters(p))),
        new(AnswerKind.TrueFalse, _ => new FormInput.TrueOrFalse()));

    public static ImmutableArray<FormField> Of(StudentExam exam, string blankSheet)
    {
        var lines = blankSheet.Split('\n');
        return [.. exam.Parts.Select(part =>
        {
            var keyLine = "  " + YamlText.Quote(part.Key) + ":";
            // The page script completes the line that holds the quoted key: it must be there.
            if (Array.IndexOf(lines, keyLine) < 0) throw new InvalidOperationException($"the answer sheet has no line {keyLine.Trim()}");
            return new FormField(part.Key, Inputs[part.Kind].Input(part), AnswerPartDescriptor.Of(part).Json());
        })];
    }

    /// <summary>The shape of a vector's, matrix's or tensor's cells: the size the grammar checks its answer against.</summary>
    private static ImmutableArray<int> CellShape(SolvedPart part) =>
        AnswerPartDescriptor.SizeOf(part) ?? throw new InvalidOperationException($"part {part.Key} has no size");

    private static ImmutableArray<string> Letters(SolvedPart part) => [.. part.Options.Select(o => o.Letter)];
}
