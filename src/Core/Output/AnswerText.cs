using DeepExam.Solving;
using DeepExam.Templates;
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

    /// <summary>The expected form, without giving the answer away: "a shape [H, W, C] such as [7, 7, 64]".</summary>
    public static string ExpectedForm(SolvedPart part)
    {
        var t = part.Template;
        switch (t.Kind)
        {
            case AnswerKind.Integer: return "a whole number, e.g. 1024";
            case AnswerKind.Exact: return t.Digits is { } d ? $"an exact number as a fraction (e.g. 11/3) or a decimal with {d} decimal places" : "an exact number: whole, fraction (e.g. 11/3) or terminating decimal (e.g. 0.25)";
            case AnswerKind.Approximate: return $"a decimal number, {(t.Tolerance ?? Tolerance.Default)}";
            case AnswerKind.Shape or AnswerKind.Tuple:
                var labels = t.Order.Length > 0 ? t.Order : [.. Enumerable.Range(1, ((ListValue)part.Answer).Items.Length).Select(i => $"d{i}")];
                return $"{(t.Kind == AnswerKind.Shape ? "a shape" : "a tuple")} [{string.Join(", ", labels)}]";
            case AnswerKind.Vector:
                var v = ((TensorValue)part.Answer).Tensor;
                return $"a vector of {v.Shape[0]} numbers, e.g. {AnswerExample.Of(v)}";
            case AnswerKind.Matrix:
                var m = ((TensorValue)part.Answer).Tensor;
                return $"a {m.Shape[0]}×{m.Shape[1]} matrix as a list of rows, e.g. {AnswerExample.Of(m)}";
            case AnswerKind.Tensor:
                return $"a tensor of shape {Tensor.FormatShape(((TensorValue)part.Answer).Tensor.Shape)} as nested lists";
            case AnswerKind.Choice: return $"one letter: {Letters(part)}";
            case AnswerKind.MultipleChoice: return $"a list of letters from {Letters(part)}, e.g. {AnswerExample.Letters(part)}; [] for none";
            case AnswerKind.TrueFalse: return "true or false";
            default: return "an answer";
        }
    }

    private static string Letters(SolvedPart part) => string.Join(", ", part.Options.Select(o => o.Letter));
}
