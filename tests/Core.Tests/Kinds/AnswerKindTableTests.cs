using DeepExam.Kinds;
using DeepExam.Templates;

namespace DeepExam.Tests.Kinds;

public class AnswerKindTableTests
{
    [Test]
    public void A_table_missing_a_kind_is_refused_naming_the_kind()
    {
        var allButBool = AnswerKinds.Handlers.InOrder.Where(h => h is not TrueFalseKind).ToArray();
        var e = Assert.Throws<InvalidOperationException>(() => new AnswerKindTable<AnswerKindHandler>("a test table", allButBool));
        Assert.That(e!.Message, Is.EqualTo("a test table: no handler for answer kind TrueFalse"));
    }

    [Test]
    public void A_table_with_two_handlers_for_one_kind_is_refused()
    {
        var twice = AnswerKinds.Handlers.InOrder.Append(new IntegerKind()).ToArray();
        var e = Assert.Throws<InvalidOperationException>(() => new AnswerKindTable<AnswerKindHandler>("a test table", twice));
        Assert.That(e!.Message, Is.EqualTo("a test table: answer kind Integer has two handlers, IntegerKind and IntegerKind"));
    }

    [Test]
    public void A_kind_is_looked_up_to_its_own_handler()
    {
        var table = new AnswerKindTable<AnswerKindHandler>("a test table", [.. AnswerKinds.Handlers.InOrder.Reverse()]);
        Assert.That(Enum.GetValues<AnswerKind>().Where(k => table[k].Kind != k), Is.Empty);
    }
}
