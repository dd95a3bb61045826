using DeepExam.Values;

namespace DeepExam.Text.Scripting;

/// <summary>A record in text: its fields are read by name (<c>statement.why</c>), and nothing else of it.</summary>
public sealed class ScriptRecord(RecordValue value) : ScriptValue
{
    public override Value Value => value;
    public RecordValue Record => value;
}
