using DeepExam.Builtins;

namespace DeepExam.Expressions.Evaluation;

/// <summary>
/// Matches call arguments to a builtin's parameters: positional ones in order, then named ones.
/// Shared by the static checker (which binds spans) and the evaluator (which binds values).
/// </summary>
public static class ArgumentBinder
{
    /// <summary>Returns null on success, or what is wrong with the call.</summary>
    public static string? Bind<T>(BuiltinFunction function, IReadOnlyList<(string? Name, T Value)> arguments,
        out Dictionary<string, T> bound, out List<T> rest)
    {
        bound = new Dictionary<string, T>(StringComparer.Ordinal);
        rest = [];
        if (function.Variadic)
        {
            foreach (var (name, value) in arguments)
            {
                if (name is not null) return $"{function.Name} takes no named arguments, got '{name}'";
                rest.Add(value);
            }
            return rest.Count == 0 ? $"{function.Name} needs at least one argument" : null;
        }
        var positional = 0;
        foreach (var (name, value) in arguments)
        {
            if (name is null)
            {
                if (positional >= function.Parameters.Length)
                    return $"{function.Name} takes at most {function.Parameters.Length} argument{(function.Parameters.Length == 1 ? "" : "s")}, got {arguments.Count}: {function.Signature}";
                bound[function.Parameters[positional++].Name] = value;
            }
            else
            {
                if (!function.Parameters.Any(p => p.Name == name))
                    return $"{function.Name} has no parameter '{name}': {function.Signature}";
                if (!bound.TryAdd(name, value))
                    return $"{function.Name}: '{name}' is given both by position and by name";
            }
        }
        foreach (var p in function.Parameters)
            if (!p.IsOptional && !bound.ContainsKey(p.Name))
            {
                var given = bound;
                var missing = function.Parameters.Where(q => !q.IsOptional && !given.ContainsKey(q.Name)).Select(q => $"'{q.Name}'");
                return $"{function.Name} is missing {string.Join(", ", missing)}: {function.Signature}";
            }
        return null;
    }
}
