using DeepExam.Templates;

namespace DeepExam.Kinds;

/// <summary>
/// The registration of every answer kind's core handler: adding a kind is its enum value, its handler
/// file and one line here (and one in the grader's <c>AnswerKindGradings</c>).
/// </summary>
public static class AnswerKinds
{
    /// <summary>In the order authors see the kinds listed.</summary>
    public static readonly AnswerKindTable<AnswerKindHandler> Handlers = new("the core answer kinds",
        new IntegerKind(),
        new ExactKind(),
        new ApproximateKind(),
        new ShapeKind(),
        new TupleKind(),
        new VectorKind(),
        new MatrixKind(),
        new TensorKind(),
        new ChoiceKind(),
        new MultipleChoiceKind(),
        new TrueFalseKind());

    public static readonly IReadOnlyDictionary<string, AnswerKind> ByName =
        Handlers.InOrder.ToDictionary(h => h.Name, h => h.Kind, StringComparer.Ordinal);

    public static AnswerKindHandler Of(AnswerKind kind) => Handlers[kind];

    public static string NameOf(AnswerKind kind) => Handlers[kind].Name;

    /// <summary>The names of the kinds that have a property, for a message: "exact, vector, matrix and tensor".</summary>
    public static string NamesWhere(Func<AnswerKindHandler, bool> property, string conjunction)
    {
        var names = Handlers.InOrder.Where(property).Select(h => h.Name).ToList();
        return names.Count <= 1 ? string.Join("", names) : $"{string.Join(", ", names[..^1])} {conjunction} {names[^1]}";
    }
}
