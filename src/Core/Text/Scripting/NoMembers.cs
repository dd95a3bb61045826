using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DeepExam.Text.Scripting;

/// <summary>What text may read of a number, list or anything else that is not a record: no members at all.</summary>
public sealed class NoMembers : IObjectAccessor
{
    public static readonly NoMembers Instance = new();

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => 0;
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => [];
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => false;

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        throw new ScriptRuntimeException(span, $"'.{member}' needs a record, got {(target is ScriptValue v ? v.Value.Describe() : "a value without fields")}");

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) { value = null; return false; }
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;
    public bool HasIndexer => false;
    public Type? IndexType => null;
}
