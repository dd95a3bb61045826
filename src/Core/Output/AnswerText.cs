using DeepExam.Solving;
using DeepExam.Values;

namespace DeepExam.Output;

/// <summary>How each answer kind is written down, and how to tell a student the form expected of them.</summary>
public static class AnswerText
{
    /// <summary>The answer as text a student could have written: 10001000, 425/18, [28, 28, 5], B.</summary>
    public static string Format(Value answer) => answer switch
    {
        StringValue s => s.Value,
        ListValue l when l.Items.All(i => i is StringValue) => "[" + string.Join(", ", l.Items.Select(i => ((StringValue)i).Value)) + "]",
        _ => answer.ToString(),
    };

    /// <summary>The expected form, without giving the answer away: "a shape [H, W, C] such as [7, 7, 64]" (the kind's <see cref="Kinds.AnswerKindHandler.ExpectedForm"/>).</summary>
    public static string ExpectedForm(SolvedPart part) => Kinds.AnswerKinds.Of(part.Kind).ExpectedForm(part);
}
