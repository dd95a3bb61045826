using System.Collections;
using System.Globalization;
using System.Numerics;
using DeepExam.Numbers;
using DeepExam.Values;
using Scriban.Runtime;

namespace DeepExam.Text.Scripting;

/// <summary>
/// Values across the border between the template values and the text language: out as
/// <see cref="ScriptValue"/> wrappers (booleans and strings as themselves, which the language knows),
/// and back from whatever the text computed or wrote as a literal (2, 0.5, "max", [1, 2]).
/// </summary>
public static class ScriptValues
{
    public static object? ToScript(Value value) => value switch
    {
        BoolValue b => b.Value,
        StringValue s => s.Value,
        NumberValue n => new ScriptNumber(n),
        ListValue l => new ScriptList(l),
        TensorValue t => new ScriptTensor(t),
        RecordValue r => new ScriptRecord(r),
        _ => new ScriptOther(value),
    };

    /// <summary>A text value as a template value; literals in the text are exact (0.5 is 1/2).</summary>
    public static Value ToValue(object? value) => value switch
    {
        ScriptValue v => v.Value,
        null => NoneValue.Instance,
        bool b => Value.Of(b),
        string s => Value.Of(s),
        int i => Value.Of(i),
        long l => Value.Of(new BigInteger(l)),
        BigInteger i => Value.Of(i),
        // A decimal literal is read as the decimal it is written as, not as the nearest binary fraction.
        double or float or decimal => Rational.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture)!, out var r)
            ? Value.Of(r)
            : throw new Evaluation.EvaluationException($"{value} is not a number the exercises can use"),
        ScriptArray a => Value.List(a.Select(ToValue)),
        IList list => Value.List(list.Cast<object?>().Select(ToValue)),
        _ => throw new Evaluation.EvaluationException($"text produced a {value.GetType().Name}, which is no template value"),
    };
}
