using DeepExam.Values;

namespace DeepExam.Text.Scripting;

/// <summary>A value with nothing for text to do but show it or pass it on (none).</summary>
public sealed class ScriptOther(Value value) : ScriptValue
{
    public override Value Value => value;
}
