using System.Numerics;
using DeepExam.Builtins;
using DeepExam.Values;

namespace DeepExam.Tests.Builtins.Shapes;

/// <summary>A named argument in a test call: <c>Arg.Named("stride", 2)</c>.</summary>
internal sealed record NamedArgument(string Name, object Value);

/// <summary>
/// Calls the shape and layer builtins the way the evaluator does: positional arguments first, then
/// named ones, defaults for the rest. Arguments are plain C# values (int, bool, int[] for a shape,
/// or a <see cref="Value"/>), so a test reads like the exercise it pins.
/// </summary>
internal static class BuiltinCall
{
    // Only the domains under test: a half-finished domain elsewhere must not break these tests.
    private static readonly BuiltinRegistry Registry = Build();

    public static NamedArgument Named(string name, object value) => new(name, value);

    public static Value Call(string name, params object[] arguments)
    {
        if (!Registry.TryGet(name, out var function)) throw new ArgumentException($"no builtin '{name}'");
        var bound = new Dictionary<string, Value>(StringComparer.Ordinal);
        var position = 0;
        foreach (var argument in arguments)
        {
            if (argument is NamedArgument named) bound[named.Name] = ToValue(named.Value);
            else bound[function.Parameters[position++].Name] = ToValue(argument);
        }
        foreach (var parameter in function.Parameters.Where(p => !bound.ContainsKey(p.Name)))
            bound[parameter.Name] = parameter.Default ?? throw new ArgumentException($"{name} needs '{parameter.Name}'");
        return function.Body(new BuiltinArguments(function, bound, []));
    }

    /// <summary>The integer a call returns, for comparing with a hand-checked count.</summary>
    public static BigInteger CallInteger(string name, params object[] arguments) =>
        Call(name, arguments).AsInteger($"the result of {name}");

    public static Value ToValue(object argument) => argument switch
    {
        Value value => value,
        int i => Value.Of(i),
        long l => Value.Of(new BigInteger(l)),
        bool b => Value.Of(b),
        int[] shape => Value.Shape(shape),
        object[] items => Value.List(items.Select(ToValue)),
        _ => throw new ArgumentException($"cannot pass {argument.GetType().Name} to a builtin"),
    };

    public static IEnumerable<BuiltinFunction> Functions => Registry.All;

    private static BuiltinRegistry Build()
    {
        var builder = new BuiltinRegistry.Builder();
        ShapeFunctions.Register(builder);
        LayerFunctions.Register(builder);
        return builder.Build();
    }
}
