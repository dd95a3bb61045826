using System.Collections.Frozen;
using DeepExam.Templates;

namespace DeepExam.Working;

/// <summary>
/// How the working writes a template's names: a parameter or derived value by the TeX name its author gave it
/// (<c>W0: { expr: "...", tex: "W_0" }</c>, <c>dY: { matrix: [2, 2], tex: "\\partial L / \\partial Y" }</c>), any other
/// name as <see cref="TexNames"/> reads it.
/// </summary>
public sealed class SymbolNames
{
    private readonly FrozenDictionary<string, string> _tex;
    private readonly HashSet<string>? _raw;

    private SymbolNames(FrozenDictionary<string, string> tex, HashSet<string>? raw)
    {
        _tex = tex;
        _raw = raw;
    }

    /// <summary>No TeX names given: every name as <see cref="TexNames"/> reads it.</summary>
    public static SymbolNames Plain { get; } = new(FrozenDictionary<string, string>.Empty, null);

    public static SymbolNames Of(ExerciseTemplate template) => new(TexNamesOf(template), null);

    /// <summary>
    /// Names as <see cref="Of"/> writes them, keeping every name it wrote in its raw spelling (<see cref="TexNames.IsRaw"/>),
    /// for <see cref="RawNameCheck"/>. Not shared between threads.
    /// </summary>
    public static SymbolNames Recording(ExerciseTemplate template) => new(TexNamesOf(template), new HashSet<string>(StringComparer.Ordinal));

    /// <summary>The names written in their raw spelling so far (empty unless <see cref="Recording"/>).</summary>
    public IReadOnlyCollection<string> WrittenRaw => _raw ?? [];

    public string this[string name]
    {
        get
        {
            if (_tex.TryGetValue(name, out var tex)) return tex;
            if (_raw is not null && TexNames.IsRaw(name)) _raw.Add(name);
            return TexNames.Of(name);
        }
    }

    private static FrozenDictionary<string, string> TexNamesOf(ExerciseTemplate template) =>
        template.Parameters.Select(p => (p.Name, p.Tex)).Concat(template.Derived.Select(d => (d.Name, d.Tex)))
            .Where(n => n.Tex is not null).ToFrozenDictionary(n => n.Name, n => n.Tex!, StringComparer.Ordinal);
}
