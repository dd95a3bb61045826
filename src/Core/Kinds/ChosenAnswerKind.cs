using System.Collections.Immutable;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary>
/// A kind whose answer is chosen from the part's options (the options' <c>correct</c> fields make it),
/// not computed by an <c>answer</c> expression; its options are shuffled unless the part says otherwise.
/// </summary>
public abstract class ChosenAnswerKind : AnswerKindHandler
{
    /// <summary>The answer made of the letters of the correct options, in the order shown; throws <see cref="Evaluation.EvaluationException"/> when this variant's options do not make one.</summary>
    public abstract Value FromCorrectOptions(ImmutableArray<string> letters);

    /// <summary>The letters already are the canonical form.</summary>
    public override Value Normalize(Value value) => value;

    /// <summary>"A, B, C, D".</summary>
    protected static string Letters(Solving.SolvedPart part) => string.Join(", ", part.Options.Select(o => o.Letter));

    /// <summary>
    /// Each chosen letter with its option's text; "none of the options" for an empty choice. The letter is in the weight of
    /// the answer and of the letters in the list of options, as exam classes set choices (and as a true/false answer is).
    /// </summary>
    protected static string OptionsMarkdown(Solving.SolvedPart part, IReadOnlyList<string> letters) =>
        letters.Count == 0
            ? "none of the options"
            : string.Join("\n\n", letters.Select(letter => $"{letter}: {part.Options.FirstOrDefault(o => o.Letter == letter)?.Text.Trim() ?? ""}"));
}
