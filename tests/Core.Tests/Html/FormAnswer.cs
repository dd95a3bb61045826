using System.Collections.Immutable;
using DeepExam.Numbers;
using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Tests.Html;

/// <summary>
/// What a student types or ticks in one field of the answer form to give a part's right answer, in notations the
/// grader accepts and a person writes: grouped thousands (10,001,000), fractions (425/18), a shape as 28x28x5, a tuple
/// in brackets, a grid entry per cell; the letters of the right options, or "none of them" (value "").
/// </summary>
public sealed record FormAnswer(string? Text, ImmutableArray<string> Cells, ImmutableArray<string> Ticks)
{
    public static FormAnswer Right(SolvedPart part) => part.Kind switch
    {
        AnswerKind.Integer => Typed(Grouped(((NumberValue)part.Answer).Number.ExactValue)),
        AnswerKind.Exact or AnswerKind.Approximate => Typed(((NumberValue)part.Answer).Number.ToString()),
        AnswerKind.Shape => Typed(string.Join("x", ((ListValue)part.Answer).Items)),
        AnswerKind.Tuple => Typed("[" + string.Join(", ", ((ListValue)part.Answer).Items) + "]"),
        AnswerKind.Vector or AnswerKind.Matrix or AnswerKind.Tensor => new(null, [.. ((TensorValue)part.Answer).Tensor.Values.Select(v => v.ToString())], []),
        AnswerKind.Choice => new(null, [], [((StringValue)part.Answer).Value]),
        AnswerKind.MultipleChoice => new(null, [], ((ListValue)part.Answer).Items is { Length: > 0 } picks ? [.. picks.Select(p => ((StringValue)p).Value)] : [""]),
        AnswerKind.TrueFalse => new(null, [], [part.Answer is BoolValue { Value: true } ? "true" : "false"]),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part.Kind, "no typed answer for this kind"),
    };

    public static FormAnswer Typed(string text) => new(text, [], []);

    /// <summary>10,001,000: thousands grouped with commas, as the grader reads them in one number.</summary>
    public static string Grouped(Rational whole)
    {
        var digits = whole.Abs().ToString();
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3) groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        return (whole.Sign < 0 ? "-" : "") + string.Join(",", groups);
    }

    /// <summary>The answer as the saved sheet must hold it: quoted text, a nested list of quoted cells, quoted letters.</summary>
    public string Yaml(SolvedPart part)
    {
        if (Text is { } text) return YamlText.Quote(text);
        if (!Cells.IsEmpty) return Nested([.. Cells.Select(YamlText.Quote)], [.. ((TensorValue)part.Answer).Tensor.Shape]);
        if (part.Kind == AnswerKind.MultipleChoice) return "[" + string.Join(", ", Ticks.Where(t => t.Length > 0).Select(YamlText.Quote)) + "]";
        return YamlText.Quote(Ticks.Single());
    }

    private static string Nested(List<string> items, List<int> shape)
    {
        if (shape.Count == 1) return "[" + string.Join(", ", items) + "]";
        var size = items.Count / shape[0];
        return "[" + string.Join(", ", Enumerable.Range(0, shape[0]).Select(i => Nested(items.GetRange(i * size, size), shape[1..]))) + "]";
    }

    public override string ToString() => Text ?? (Cells.IsEmpty ? string.Join("+", Ticks) : $"[{string.Join(", ", Cells)}]");
}
