namespace DeepExam.Layout;

/// <summary>
/// What a fragment is: its <see cref="Kind"/>, a heading's <see cref="Level"/> and a <see cref="Text"/>
/// that says it in words where the drawing does not (a heading's plain text for an outline, a formula's
/// linear form, a figure's description). Layout sets it where it makes the fragment; a backend reads
/// it to tag the content, never the fragment's label.
/// </summary>
public sealed record FragmentRole(FragmentKind Kind, int Level = 0, string Text = "")
{
    public static FragmentRole Other { get; } = new(FragmentKind.Other);
    public static FragmentRole Paragraph { get; } = new(FragmentKind.Paragraph);
    public static FragmentRole Artifact { get; } = new(FragmentKind.Artifact);
    public static FragmentRole Code { get; } = new(FragmentKind.Code);
    public static FragmentRole AnswerBox { get; } = new(FragmentKind.AnswerBox);

    /// <summary>
    /// The fragment continues the element of the fragment before it (the next line of a paragraph or
    /// heading, the next row of a table), rather than starting one of its own.
    /// </summary>
    public bool Continues { get; init; }

    /// <summary>The index of the list item the fragment is in (from 0), or -1 outside lists.</summary>
    public int ListItem { get; init; } = -1;

    /// <summary>This role for the second and later fragments of one element.</summary>
    public FragmentRole Continued => Continues ? this : this with { Continues = true };

    public override string ToString() =>
        $"{Kind}{(Level > 0 ? $" {Level}" : "")}{(Continues ? " (continued)" : "")}{(ListItem >= 0 ? $" in item {ListItem + 1}" : "")}";
}
