using DeepExam.Evaluation;
using DeepExam.Templates.Domains;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>
/// The type of value a parameter domain stands for, checked for a value given instead of a draw (a blueprint's
/// pinned parameter). Only the type is checked, not the range: <c>{ int: [20, 64] }</c> takes any integer, a
/// <c>{ matrix: [2, 3] }</c> any exact 2×3 matrix, a <c>choice</c> any value of the same kind as one of its options.
/// </summary>
public static class DomainValueType
{
    /// <summary>The value as the sampler would have produced it (nested lists become a tensor), or null when it does not fit.</summary>
    public static Value? Fit(ParameterDomain domain, Value value)
    {
        if (!value.IsExact) return null;
        return domain switch
        {
            IntegerRange => value is NumberValue { Number.IsInteger: true } ? value : null,
            RationalRange => value is NumberValue ? value : null,
            BooleanDomain => value is BoolValue ? value : null,
            TensorDomain t => AsTensor(value) is { } tensor && tensor.Shape.SequenceEqual(t.Shape) ? Value.Of(tensor) : null,
            ChoiceDomain c => c.Options.Any(o => Like(o, value)) ? value : null,
            SampleDomain s => value is ListValue l && l.Items.Length == s.Count && l.Items.All(i => s.Bank.Any(o => Like(o, i))) ? value : null,
            _ => null,
        };
    }

    /// <summary>What the domain takes, for messages: "an integer", "a 2×3 matrix", "a word such as A".</summary>
    public static string Describe(ParameterDomain domain) => domain switch
    {
        IntegerRange => "an integer",
        RationalRange => "a number",
        BooleanDomain => "true or false",
        TensorDomain t => new TensorValue(Tensor.Zeros(t.Shape)).Describe(),
        ChoiceDomain c => string.Join(" or ", c.Options.Select(o => o is StringValue ? $"a word such as {c.Options.OfType<StringValue>().First().Value}" : Describe(o)).Distinct()),
        SampleDomain s => $"a list of {s.Count} {(s.Bank[0] is RecordValue r ? $"records with fields {string.Join(", ", r.Fields.Select(f => f.Key))}" : "items like those of its bank")}",
        _ => domain.GetType().Name,
    };

    private static string Describe(Value option) => option switch
    {
        NumberValue { Number.IsInteger: true } => "an integer",
        NumberValue => "a number",
        BoolValue => "true or false",
        RecordValue r => $"a record with fields {string.Join(", ", r.Fields.Select(f => f.Key))}",
        _ => option.Describe(),
    };

    /// <summary>Same kind as a choice option; an option that is not a whole number admits any number.</summary>
    private static bool Like(Value option, Value value) => (option, value) switch
    {
        (NumberValue o, NumberValue v) => !o.Number.IsInteger || v.Number.IsInteger,
        (BoolValue, BoolValue) or (StringValue, StringValue) => true,
        (ListValue o, ListValue v) => o.Items.Length == v.Items.Length && o.Items.Zip(v.Items).All(p => Like(p.First, p.Second)),
        // A record pinned by a blueprint may be one the bank does not hold, as long as it has the same fields, each alike.
        (RecordValue o, RecordValue v) => o.Kind == v.Kind && o.Fields.Length == v.Fields.Length
            && o.Fields.All(f => v.Get(f.Key) is { } given && Like(f.Value, given)),
        (TensorValue o, _) => AsTensor(value) is { } t && t.Shape.SequenceEqual(o.Tensor.Shape),
        _ => false,
    };

    private static Tensor? AsTensor(Value value)
    {
        if (value is not (TensorValue or ListValue)) return null;
        try
        {
            return value.AsTensor("the value");
        }
        catch (EvaluationException)
        {
            return null;
        }
    }
}
