using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>shape</c>: a tensor shape such as [28, 28, 5], whole numbers in the order the part states.</summary>
public sealed class ShapeKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.Shape;
    public override string Name => "shape";
    public override bool TakesDigits => false;
    public override bool TakesOrder => true;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value Normalize(Value value) => Value.Shape(value.AsIntList("a shape answer"));

    public override string ExpectedForm(SolvedPart part) => $"a shape {TupleKind.Components(part)}";

    public override string AnswerMarkdown(SolvedPart part) => ValueMarkdown.Of(part);
}
