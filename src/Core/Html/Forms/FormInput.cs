using System.Collections.Immutable;

namespace DeepExam.Html.Forms;

/// <summary>
/// What a student fills in for one answer, as a form asks for it. Plain data: which kind of answer needs
/// which input is decided by the form's composition (<c>Formats.AnswerFormFields</c>), not here.
/// </summary>
public abstract record FormInput
{
    /// <summary>One line of text, for one number or a short list written in one go (a shape 28x28x5).</summary>
    public sealed record TextLine : FormInput;

    /// <summary>
    /// One cell per entry of a list of the given shape: a row for rank 1, a grid of rows × columns for rank 2, and a
    /// grid per slice (each index of the leading axes) for a higher rank. <paramref name="EntryNames"/> names the entries
    /// of a row when they have names ("H", "W", "C"); otherwise they are numbered.
    /// </summary>
    public sealed record Cells(ImmutableArray<int> Shape, ImmutableArray<string> EntryNames) : FormInput
    {
        public int Count => Shape.Aggregate(1, (n, d) => n * d);
    }

    /// <summary>One of the letters (radio buttons); the options' texts are in the document just above.</summary>
    public sealed record OneOf(ImmutableArray<string> Letters) : FormInput;

    /// <summary>Any of the letters (check boxes), or explicitly none of them.</summary>
    public sealed record SomeOf(ImmutableArray<string> Letters) : FormInput;

    /// <summary>True or false (two radio buttons).</summary>
    public sealed record TrueOrFalse : FormInput;
}
