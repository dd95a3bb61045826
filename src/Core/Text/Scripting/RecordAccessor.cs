using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DeepExam.Text.Scripting;

/// <summary>Reads a record's fields by name in text; a field it does not have is an error naming those it has.</summary>
public sealed class RecordAccessor : IObjectAccessor
{
    public static readonly RecordAccessor Instance = new();

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => ((ScriptRecord)target).Record.Fields.Length;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => ((ScriptRecord)target).Record.Fields.Select(f => f.Key);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => ((ScriptRecord)target).Record.Get(member) is not null;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        var record = ((ScriptRecord)target).Record;
        if (record.Get(member) is not { } field)
            throw new ScriptRuntimeException(span, $"{record.Kind} has no field '{member}' (it has {string.Join(", ", record.Fields.Select(f => f.Key))})");
        value = ScriptValues.ToScript(field);
        return true;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) { value = null; return false; }
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
    public bool HasIndexer => false;
    public Type? IndexType => null;
}
