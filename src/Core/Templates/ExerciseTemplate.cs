using System.Collections.Immutable;

namespace DeepExam.Templates;

/// <summary>An exercise as an instructor wrote it: randomised parameters, derived values, constraints and parts.</summary>
public sealed record ExerciseTemplate(
    int Schema,
    string Id,
    string Title,
    string Topic,
    ImmutableArray<string> Tags,
    TextTemplate Statement,
    ImmutableArray<ParameterDefinition> Parameters,
    ImmutableArray<DerivedValue> Derived,
    ImmutableArray<Constraint> Constraints,
    ImmutableArray<PartTemplate> Parts,
    int MaxTries,
    string File)
{
    /// <summary>Schema 2: text is Scriban (<c>{{ if x }}…{{ end }}</c>); schema 1's Handlebars text is rewritten by the migrate command.</summary>
    public const int CurrentSchema = 2;

    public Numbers.Rational TotalPoints => Parts.Aggregate(Numbers.Rational.Zero, (sum, p) => sum + p.Points);
}
