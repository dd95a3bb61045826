using System.Collections.Immutable;
using DeepExam.Documents;
using DeepExam.Solving;

namespace DeepExam.Composition;

/// <summary>One part of a <see cref="VariantQuestion"/>; <see cref="MistakeFeedback"/> is indexed like the part's mistake rules (empty where a rule does not apply).</summary>
public sealed record PartQuestion(
    SolvedPart Part,
    ImmutableArray<Block> Prompt,
    ImmutableArray<OptionText> Options,
    ImmutableArray<Block> Answer,
    ImmutableArray<Block> Solution,
    ImmutableArray<Block> Working,
    ImmutableArray<ImmutableArray<Block>> MistakeFeedback);
