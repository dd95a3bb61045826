using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Text;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary>A computed answer (a number, a list of numbers, a tensor) as Markdown with TeX, shared by the kinds whose answer is a value.</summary>
public static class ValueMarkdown
{
    public static string Of(SolvedPart part)
    {
        var answer = part.Answer;
        switch (answer)
        {
            case NumberValue { Number.IsExact: true } n when !n.Number.ExactValue.IsInteger:
            {
                var r = n.Number.ExactValue;
                // "=" only for a decimal that is the value itself; a longer one is an approximation like any other.
                var dec = ValueFormatter.IsDecimalWithin(r, 12) ? $" = {r.ToDecimalString(12)}" : $" \\approx {ValueFormatter.ApproximateDecimal(r, part.Template.Digits ?? 4)}";
                return $"${ValueFormatter.Tex(answer)}{dec}$";
            }
            case NumberValue n when n.Number.IsInteger:
                return $"${ValueFormatter.Grouped(answer, tex: true)}$";
            case NumberValue:
                return $"${ValueFormatter.Tex(answer)}$";
            case TensorValue:
                return $"$${ValueFormatter.Tex(answer)}$$";
            case ListValue list when part.Template.Order.Length == list.Items.Length:
                return $"[{string.Join(", ", part.Template.Order)}] = {AnswerText.Format(answer)}";
            default:
                return AnswerText.Format(answer);
        }
    }
}
