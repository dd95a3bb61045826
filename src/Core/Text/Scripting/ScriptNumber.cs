using DeepExam.Values;

namespace DeepExam.Text.Scripting;

/// <summary>An exact (or approximate) number in text: shown as 5/2, computed with exactly.</summary>
public sealed class ScriptNumber(NumberValue value) : ScriptValue
{
    public override Value Value => value;
}
