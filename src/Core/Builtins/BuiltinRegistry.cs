using System.Collections.Immutable;
using DeepExam.Values;

namespace DeepExam.Builtins;

/// <summary>
/// The functions an expression may call, by name. Immutable; <see cref="Default"/> holds every
/// builtin, registered domain by domain from <see cref="BuiltinCatalog"/>.
/// </summary>
public sealed class BuiltinRegistry
{
    private readonly ImmutableSortedDictionary<string, BuiltinFunction> _functions;

    private BuiltinRegistry(ImmutableSortedDictionary<string, BuiltinFunction> functions) => _functions = functions;

    public static BuiltinRegistry Default { get; } = BuiltinCatalog.Build();

    public bool TryGet(string name, out BuiltinFunction function) => _functions.TryGetValue(name, out function!);

    public IEnumerable<BuiltinFunction> All => _functions.Values;

    /// <summary>Collects builtins; registering one name twice is a programming error.</summary>
    public sealed class Builder
    {
        private readonly ImmutableSortedDictionary<string, BuiltinFunction>.Builder _functions =
            ImmutableSortedDictionary.CreateBuilder<string, BuiltinFunction>(StringComparer.Ordinal);

        public string Category { get; set; } = "general";

        public Builder Add(string name, string summary, BuiltinParameter[] parameters, BuiltinExample[] examples, Func<BuiltinArguments, Value> body)
            => Add(new BuiltinFunction(name, Category, summary, [.. parameters], [.. examples], false, body));

        public Builder AddVariadic(string name, string summary, BuiltinExample[] examples, Func<BuiltinArguments, Value> body)
            => Add(new BuiltinFunction(name, Category, summary, [], [.. examples], true, body));

        /// <summary>Registers <paramref name="function"/> with its body wrapped by <see cref="BuiltinGuard"/>.</summary>
        public Builder Add(BuiltinFunction function)
        {
            if (!_functions.TryAdd(function.Name, function with { Body = BuiltinGuard.Wrap(function.Name, function.Body) }))
                throw new InvalidOperationException($"builtin '{function.Name}' is registered twice");
            return this;
        }

        public BuiltinRegistry Build() => new(_functions.ToImmutable());
    }
}
