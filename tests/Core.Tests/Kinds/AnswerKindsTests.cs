using DeepExam.Kinds;
using DeepExam.Templates;

namespace DeepExam.Tests.Kinds;

/// <summary>The core handlers are complete: every kind has one, and every handler class is registered.</summary>
public class AnswerKindsTests
{
    [Test]
    public void Every_answer_kind_has_exactly_one_core_handler() =>
        Assert.That(AnswerKinds.Handlers.InOrder.Select(h => h.Kind).Order(), Is.EqualTo(Enum.GetValues<AnswerKind>().Order()));

    [Test]
    public void Every_core_handler_class_is_registered()
    {
        var classes = typeof(AnswerKindHandler).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AnswerKindHandler)) && !t.IsAbstract).Select(t => t.Name).Order();
        Assert.That(AnswerKinds.Handlers.InOrder.Select(h => h.GetType().Name).Order(), Is.EqualTo(classes));
    }

    [Test]
    public void Authors_see_the_kinds_by_the_names_the_templates_use_in_the_documented_order() =>
        Assert.That(string.Join(", ", AnswerKinds.ByName.Keys),
            Is.EqualTo("integer, exact, approx, shape, tuple, vector, matrix, tensor, choice, multi, bool"));

    [Test]
    public void Each_kind_name_reads_back_to_its_kind() =>
        Assert.That(Enum.GetValues<AnswerKind>().Where(k => AnswerKinds.ByName[AnswerKinds.NameOf(k)] != k), Is.Empty);

    [Test]
    public void The_kinds_that_take_a_key_are_listed_with_the_conjunction_given()
    {
        Assert.That(AnswerKinds.NamesWhere(h => h.TakesDigits, "and"), Is.EqualTo("exact, vector, matrix and tensor"));
        Assert.That(AnswerKinds.NamesWhere(h => h.TakesOrder, "or"), Is.EqualTo("shape or tuple"));
        Assert.That(AnswerKinds.NamesWhere(h => h.DefaultTolerance is not null, "or"), Is.EqualTo("approx"));
    }
}
