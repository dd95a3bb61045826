using DeepExam.Grading.Kinds;
using DeepExam.Templates;

namespace DeepExam.Tests.Grading.Kinds;

/// <summary>The grading handlers are complete: every kind has one, and every grading class is registered.</summary>
public class AnswerKindGradingsTests
{
    [Test]
    public void Every_answer_kind_has_exactly_one_grading_handler() =>
        Assert.That(AnswerKindGradings.Handlers.InOrder.Select(h => h.Kind).Order(), Is.EqualTo(Enum.GetValues<AnswerKind>().Order()));

    [Test]
    public void Every_grading_handler_class_is_registered()
    {
        var classes = typeof(AnswerKindGrading).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AnswerKindGrading)) && !t.IsAbstract).Select(t => t.Name).Order();
        Assert.That(AnswerKindGradings.Handlers.InOrder.Select(h => h.GetType().Name).Order(), Is.EqualTo(classes));
    }

    [Test]
    public void Only_an_approximate_part_compares_an_exact_value_with_its_tolerance() =>
        Assert.That(AnswerKindGradings.Handlers.InOrder.Where(h => h.ToleratesExactValues).Select(h => h.Kind), Is.EqualTo(new[] { AnswerKind.Approximate }));
}
