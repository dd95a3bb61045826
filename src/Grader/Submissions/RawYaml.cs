using System.Collections.Immutable;

namespace DeepExam.Grading.Submissions;

/// <summary>A submitted YAML document as plain data, built by <see cref="RawYamlReader"/> without recursion.</summary>
public abstract record RawYaml
{
    public sealed record Scalar(string Value, bool Quoted) : RawYaml;
    public sealed record Sequence(ImmutableArray<RawYaml> Items) : RawYaml;
    public sealed record Mapping(ImmutableArray<KeyValuePair<string, RawYaml>> Entries) : RawYaml;
}
