using DeepExam.Values;

namespace DeepExam.Builtins;

/// <summary>One parameter of a builtin; a parameter with a default may be omitted or passed by name.</summary>
public sealed record BuiltinParameter(string Name, string Type, Value? Default = null)
{
    public bool IsOptional => Default is not null;

    public static BuiltinParameter Required(string name, string type) => new(name, type);
    public static BuiltinParameter Optional(string name, string type, Value defaultValue) => new(name, type, defaultValue);
    public static BuiltinParameter Optional(string name, string type, int defaultValue) => new(name, type, Value.Of(defaultValue));
    public static BuiltinParameter Optional(string name, string type, bool defaultValue) => new(name, type, Value.Of(defaultValue));

    /// <summary>An optional parameter whose default depends on the others (the body checks <c>IsNone</c>).</summary>
    public static BuiltinParameter OptionalNone(string name, string type) => new(name, type, NoneValue.Instance);

    /// <summary>"stride=1" or "x".</summary>
    public override string ToString() => IsOptional ? $"{Name}={Default}" : Name;
}
