using DeepExam.Kinds;
using DeepExam.Templates;

namespace DeepExam.Grading.Kinds;

/// <summary>The registration of every answer kind's grading handler, one line per kind, as in the core's <see cref="AnswerKinds"/>.</summary>
public static class AnswerKindGradings
{
    public static readonly AnswerKindTable<AnswerKindGrading> Handlers = new("the grader's answer kinds",
        new IntegerGrading(),
        new ExactGrading(),
        new ApproximateGrading(),
        new ShapeGrading(),
        new TupleGrading(),
        new VectorGrading(),
        new MatrixGrading(),
        new TensorGrading(),
        new ChoiceGrading(),
        new MultipleChoiceGrading(),
        new TrueFalseGrading());

    public static AnswerKindGrading Of(AnswerKind kind) => Handlers[kind];
}
