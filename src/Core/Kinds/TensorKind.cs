using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>tensor</c>: a tensor of any rank, written as nested lists.</summary>
public sealed class TensorKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.Tensor;
    public override string Name => "tensor";
    public override bool TakesDigits => true;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value Normalize(Value value) => Value.Of(value.AsTensor("a tensor answer"));

    public override string ExpectedForm(SolvedPart part) =>
        $"a tensor of shape {Tensor.FormatShape(((TensorValue)part.Answer).Tensor.Shape)} as nested lists";

    public override string AnswerMarkdown(SolvedPart part) => ValueMarkdown.Of(part);
}
