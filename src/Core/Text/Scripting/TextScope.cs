using DeepExam.Values;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DeepExam.Text.Scripting;

/// <summary>
/// The names a text can read, for one rendering: the variant's parameters, derived values and answers,
/// read straight from the solver's scope (no copy per text). Read-only: text shows values, it does not
/// change them.
/// </summary>
public sealed class TextScope(IReadOnlyDictionary<string, Value> values) : IScriptObject
{
    public int Count => values.Count;

    public IEnumerable<string> GetMembers() => values.Keys;

    public bool Contains(string member) => values.ContainsKey(member);

    public bool IsReadOnly { get => true; set { } }

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (values.TryGetValue(member, out var v))
        {
            value = ScriptValues.ToScript(v);
            return true;
        }
        value = null;
        return false;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly) { }

    public IScriptObject Clone(bool deep) => this;
}
