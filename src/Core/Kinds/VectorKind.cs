using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>vector</c>: a rank-1 tensor.</summary>
public sealed class VectorKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.Vector;
    public override string Name => "vector";
    public override bool TakesDigits => true;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value Normalize(Value value) => Value.Of(value.AsTensor(1, "a vector answer"));

    public override string ExpectedForm(SolvedPart part)
    {
        var v = ((TensorValue)part.Answer).Tensor;
        return $"a vector of {v.Shape[0]} numbers, e.g. {AnswerExample.Of(v)}";
    }

    public override string AnswerMarkdown(SolvedPart part) => ValueMarkdown.Of(part);
}
