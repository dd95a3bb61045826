using System.Collections.Immutable;
using DeepExam.Composition;

namespace DeepExam.Exports.Qti;

/// <summary>
/// One part of an item as the item declares it: its position (1, 2, …, which names its variables), its export form, and for a
/// number or a table of numbers the planner's decimal and tolerance per entry. Identifiers: the response <c>RESPONSE_1</c>
/// (a number or a choice) or <c>RESPONSE_1_4</c> (entry 4 of a table), the count of right entries <c>RIGHT_1</c>, the tally of
/// picks <c>PICKS_1</c>, and the feedback of known mistake 2 <c>MISTAKE_1_2</c>.
/// </summary>
public sealed record QtiPart(int Index, PartQuestion Question, ExportAnswerForm Form, NumericalPlan? Plan)
{
    public string Response => $"RESPONSE_{Index}";

    public string Cell(int entry) => $"RESPONSE_{Index}_{entry + 1}";

    public string Right => $"RIGHT_{Index}";

    public string Picks => $"PICKS_{Index}";

    public string Mistake(int rule) => $"MISTAKE_{Index}_{rule + 1}";

    /// <summary>The response variables in entry order: one per entry of a table, else the part's one.</summary>
    public ImmutableArray<string> Responses => Form == ExportAnswerForm.NumberTable ? [.. Enumerable.Range(0, Plan!.Fields.Length).Select(Cell)] : [Response];

    /// <summary>Whether the numbers are whole and exact and read as QTI integers (kinds <c>integer</c> and <c>shape</c>): the player then checks that a whole number is typed.</summary>
    public bool IntegerResponses => Question.Part.Kind is Templates.AnswerKind.Integer or Templates.AnswerKind.Shape
        && Plan!.Fields.All(f => f.Value.IsInteger && f.Tolerance.Sign == 0);
}
