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
                return $"[{string.Join(", ", part.Template.Order)}] = {ListText(list)}";
            case ListValue list:
                return ListText(list);
            default:
                return AnswerText.Format(answer);
        }
    }

    /// <summary>
    /// A list answer as the student writes it, [28, 28, 5] or [0, 1, −1, 1], but typeset: a negative number
    /// with the real minus sign (U+2212, not the hyphen of the answer file) and integers grouped as everywhere else.
    /// </summary>
    private static string ListText(ListValue list) => list.Items.All(i => i is NumberValue)
        ? "[" + string.Join(", ", list.Items.Select(i => RealMinus(ValueFormatter.Grouped(i, tex: false)))) + "]"
        : AnswerText.Format(list);

    private static string RealMinus(string number) => number.StartsWith('-') ? "\u2212" + number[1..] : number;
}
