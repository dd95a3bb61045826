using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Values;
using Scriban.Runtime;

namespace DeepExam.Text.Scripting;

/// <summary>
/// Every function exercise text can call, registered in one place: the formatting helpers and, through
/// one adapter each, all of the solver's built-ins (the registry is the only list of them).
/// </summary>
public static class TextFunctions
{
    public static readonly IReadOnlyList<HelperTextFunction> Helpers =
    [
        new("tex", 1, 0, a => ValueFormatter.Tex(a[0])),
        new("dims", 1, 0, a => ValueFormatter.TexDimensions(a[0])),
        new("col", 1, 0, a => a[0] is TensorValue { Tensor.Rank: 1 } t ? ValueFormatter.TexTensor(t.Tensor, column: true) : ValueFormatter.Tex(a[0])),
        new("group", 1, 0, a => ValueFormatter.Grouped(a[0], tex: false)),
        new("texgroup", 1, 0, a => ValueFormatter.Grouped(a[0], tex: true)),
        new("dec", 1, 1, a => ValueFormatter.Decimal(a[0], Math.Clamp(a.Count > 1 ? a[1].AsInt("dec: 'digits'") : 3, 0, 12))),
    ];

    public static IReadOnlyList<string> HelperNames { get; } = [.. Helpers.Select(h => h.Name)];

    /// <summary>The functions of a registry and the helpers, as the global object of every text (read-only, shared by all threads).</summary>
    public static ScriptObject For(BuiltinRegistry builtins)
    {
        var functions = new ScriptObject(StringComparer.Ordinal);
        foreach (var helper in Helpers) functions.SetValue(helper.Name, helper, readOnly: true);
        foreach (var builtin in builtins.All)
        {
            if (functions.ContainsKey(builtin.Name))
                throw new InvalidOperationException($"built-in '{builtin.Name}' has the name of a text helper");
            functions.SetValue(builtin.Name, new BuiltinTextFunction(builtin), readOnly: true);
        }
        functions.IsReadOnly = true;
        return functions;
    }
}
