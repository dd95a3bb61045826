using System.Xml.Linq;
using DeepExam.Numbers;
using static DeepExam.Exports.Qti.QtiBody;

namespace DeepExam.Exports.Qti;

/// <summary>The few QTI 2.1 expressions and rules the response processing is built of, as elements.</summary>
public static class QtiExpressions
{
    public static XElement Variable(string identifier) => Element("variable", new XAttribute("identifier", identifier));

    public static XElement Float(Rational value) => Element("baseValue", new XAttribute("baseType", "float"), ExactDecimal.Text(value));

    public static XElement Integer(long value) => Element("baseValue", new XAttribute("baseType", "integer"), value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static XElement Identifier(string value) => Element("baseValue", new XAttribute("baseType", "identifier"), value);

    public static XElement Set(string outcome, XElement value) => Element("setOutcomeValue", new XAttribute("identifier", outcome), value);

    /// <summary>outcome := outcome + amount.</summary>
    public static XElement Add(string outcome, XElement amount) => Set(outcome, Element("sum", Variable(outcome), amount));

    /// <summary>FEEDBACK := FEEDBACK ∪ {identifier}: which modal feedbacks show.</summary>
    public static XElement Show(string identifier) => Set(QtiItemComposer.Feedback, Element("multiple", Variable(QtiItemComposer.Feedback), Identifier(identifier)));

    /// <summary>if … then … else if … then … [else …]: the first branch whose condition is true runs.</summary>
    public static XElement? Condition(IReadOnlyList<(XElement Test, XElement[] Rules)> branches, XElement[]? otherwise = null)
    {
        if (branches.Count == 0) return null;
        return Element("responseCondition",
            Element("responseIf", branches[0].Test, branches[0].Rules),
            branches.Skip(1).Select(b => Element("responseElseIf", b.Test, b.Rules)),
            otherwise is { Length: > 0 } ? Element("responseElse", otherwise) : null);
    }

    /// <summary>
    /// Whether a number response lies in an interval: <c>match</c> for a whole value read as an integer, else <c>equal</c>,
    /// exactly for a tolerance of 0 and within an absolute tolerance otherwise (the planner turns every rule into one).
    /// </summary>
    public static XElement Within(string response, bool integer, Rational value, Rational tolerance)
    {
        if (integer && value.IsInteger && tolerance.Sign == 0 && value.Numerator >= int.MinValue && value.Numerator <= int.MaxValue)
            return Element("match", Variable(response), Integer((long)value.Numerator));
        return tolerance.Sign == 0
            ? Element("equal", new XAttribute("toleranceMode", "exact"), Variable(response), Float(value))
            : Element("equal", new XAttribute("toleranceMode", "absolute"), new XAttribute("tolerance", ExactDecimal.Text(tolerance)), Variable(response), Float(value));
    }
}
