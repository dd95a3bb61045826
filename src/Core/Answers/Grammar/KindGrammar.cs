using System.Text.Json.Serialization;
using DeepExam.Kinds;
using DeepExam.Templates;

namespace DeepExam.Answers.Grammar;

/// <summary>
/// How one answer kind's text is read: its reader, whether its numbers must be whole, and how an error
/// names the form expected (<c>{shape}</c> stands for the part's own shape).
/// </summary>
/// <param name="Name">The kind's name, as authors write it and the form's part descriptor gives it.</param>
/// <param name="Form">What an error names as expected: "a shape", "a matrix as a list of rows such as [[1, 2], [3, 4]]".</param>
public sealed record KindGrammar(
    [property: JsonIgnore] AnswerKind Kind,
    string Name,
    AnswerReader Reader,
    bool WholeNumbers,
    string Form) : IAnswerKindHandler;
