using DeepExam.Output;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Values;

namespace DeepExam.Kinds;

/// <summary><c>matrix</c>: a rank-2 tensor, written as a list of rows.</summary>
public sealed class MatrixKind : AnswerKindHandler
{
    public override AnswerKind Kind => AnswerKind.Matrix;
    public override string Name => "matrix";
    public override bool TakesDigits => true;
    public override bool TakesOrder => false;
    public override Tolerance? DefaultTolerance => null;
    public override bool ToleratesExactValues => false;

    public override Value Normalize(Value value) => Value.Of(value.AsTensor(2, "a matrix answer"));

    public override string ExpectedForm(SolvedPart part)
    {
        var m = ((TensorValue)part.Answer).Tensor;
        return $"a {m.Shape[0]}×{m.Shape[1]} matrix as a list of rows, e.g. {AnswerExample.Of(m)}";
    }

    public override string AnswerMarkdown(SolvedPart part) => ValueMarkdown.Of(part);
}
