using System.Collections.Immutable;
using DeepExam.Values;

namespace DeepExam.Sampling;

/// <summary>One sampled variant of a template: parameter values, derived values, and how many draws it took.</summary>
public sealed record Variant(ImmutableArray<NamedValue> Parameters, ImmutableArray<NamedValue> Derived, int Attempts)
{
    /// <param name="room">Names the caller will add (the solver adds each part's answer): room is made for them at once.</param>
    public Dictionary<string, Value> Scope(int room = 0)
    {
        var scope = new Dictionary<string, Value>(Parameters.Length + Derived.Length + room, StringComparer.Ordinal);
        foreach (var p in Parameters) scope[p.Name] = p.Value;
        foreach (var d in Derived) scope[d.Name] = d.Value;
        return scope;
    }

    /// <summary>Canonical text of the parameter values: two variants are the same exercise when this matches.</summary>
    public string Fingerprint => string.Join(";", Parameters.Select(p => p.Name + "=" + p.Value));
}
