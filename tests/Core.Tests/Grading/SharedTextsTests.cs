using DeepExam.Grading.Answers;
using DeepExam.Grading.Submissions;

namespace DeepExam.Tests.Grading;

public class SharedTextsTests
{
    [Test]
    public void A_short_text_met_twice_is_the_same_string_and_the_same_node()
    {
        var pool = new SharedTexts(16);
        var first = pool.Of("[-2, 9/2]".AsSpan(1, 2));
        var second = pool.Of("-2".AsSpan());
        Assert.That(first, Is.EqualTo("-2"));
        Assert.That(ReferenceEquals(first, second), Is.True, "one string for both");
        Assert.That(ReferenceEquals(pool.NodeOf("-2", quoted: false), pool.NodeOf(new string("-2"), quoted: false)), Is.True, "one node for both");
        Assert.That(pool.NodeOf("-2", quoted: true), Is.EqualTo(new AnswerNode.Text("-2", true)), "quoted and plain nodes stay apart");
    }

    [Test]
    public void A_text_longer_than_the_limit_is_made_anew_each_time()
    {
        var pool = new SharedTexts(16);
        var text = new string('7', SharedTexts.MaxLength + 1);
        Assert.That(ReferenceEquals(pool.Of(text), pool.Of(text)), Is.False);
        Assert.That(ReferenceEquals(pool.NodeOf(text, false), pool.NodeOf(text, false)), Is.False);
        Assert.That(pool.Of(text), Is.EqualTo(text));
    }

    [Test]
    public void A_full_pool_keeps_what_it_has_and_makes_new_texts_anew()
    {
        var pool = new SharedTexts(2);
        var a = pool.Of("1");
        var b = pool.Of("2");
        var c = pool.Of("3");
        Assert.That(ReferenceEquals(pool.Of("1"), a) && ReferenceEquals(pool.Of("2"), b), Is.True, "the first two are kept");
        Assert.That(ReferenceEquals(pool.Of("3"), c), Is.False, "the third is past the capacity");
        Assert.That(pool.Of("3"), Is.EqualTo("3"));
        Assert.That(pool.NodeOf("3", false), Is.EqualTo(new AnswerNode.Text("3", false)));
    }

    [Test]
    public void A_short_row_of_short_texts_met_twice_is_one_node_and_quoting_tells_rows_apart()
    {
        var pool = new SharedTexts(16);
        AnswerNode[] Row(params (string Text, bool Quoted)[] cells) => [.. cells.Select(c => pool.NodeOf(pool.Of(c.Text), c.Quoted))];
        var first = pool.RowOf(Row(("0", false), ("9/2", true)));
        Assert.That(ReferenceEquals(pool.RowOf(Row(("0", false), ("9/2", true))), first), Is.True);
        Assert.That(first.Items, Is.EqualTo(new AnswerNode[] { new AnswerNode.Text("0", false), new AnswerNode.Text("9/2", true) }));
        var quotedZero = pool.RowOf(Row(("0", true), ("9/2", true)));
        Assert.That(ReferenceEquals(quotedZero, first), Is.False, "\"0\" is another row than 0");
        Assert.That(quotedZero.Items[0], Is.EqualTo(new AnswerNode.Text("0", true)));
        Assert.That(ReferenceEquals(pool.RowOf(Row(("0", false))), pool.RowOf(Row(("0", false), ("", false)))), Is.False, "a cell more is another row");
    }

    [Test]
    public void A_long_row_or_a_row_of_rows_is_a_node_of_its_own()
    {
        var pool = new SharedTexts(16);
        AnswerNode[] Cells(int n) => [.. Enumerable.Range(0, n).Select(i => (AnswerNode)pool.NodeOf(pool.Of("1"), false))];
        var wide = SharedTexts.MaxRowCells + 1;
        Assert.That(ReferenceEquals(pool.RowOf(Cells(wide)), pool.RowOf(Cells(wide))), Is.False);
        var inner = pool.RowOf(Cells(2));
        Assert.That(ReferenceEquals(pool.RowOf([inner]), pool.RowOf([inner])), Is.False, "only rows of texts are shared");
        Assert.That(pool.RowOf([inner]).Items.Single(), Is.SameAs(inner));
    }

    [Test]
    public void Parsed_answer_files_share_their_part_keys_and_small_numbers()
    {
        var pool = new SharedTexts(64);
        Submission Parse(string student) => SubmissionReader.Parse(new SubmissionFile($"{student}.yaml", 0, default),
            $"exam: demo\nstudent: {student}\nanswers:\n  \"1.a\": [[0, 3], [-2, \"9/2\"]]\n  \"1.b\":\n  1.c: 4\n", pool).Submission!;
        var (first, second) = (Parse("s1"), Parse("s2"));
        var keys = (first.Answers.Keys.Single(k => k == "1.c"), second.Answers.Keys.Single(k => k == "1.c"));
        Assert.That(ReferenceEquals(keys.Item1, keys.Item2), Is.True, "one string for the key 1.c");
        Assert.That(ReferenceEquals(first.Answers["1.c"], second.Answers["1.c"]), Is.True, "one node for the answer 4");
        var row = (AnswerNode.List)((AnswerNode.List)second.Answers["1.a"]).Items[1];
        Assert.That(row.Items, Is.EqualTo(new AnswerNode[] { new AnswerNode.Text("-2", false), new AnswerNode.Text("9/2", true) }));
        Assert.That(ReferenceEquals(row, ((AnswerNode.List)first.Answers["1.a"]).Items[1]), Is.True, "one node for the row [-2, \"9/2\"]");
        Assert.That(second.Answers["1.a"].Show(), Is.EqualTo("[[0, 3], [-2, 9/2]]"));
        Assert.That(ReferenceEquals(first.Answers["1.b"], AnswerNode.Empty.Instance), Is.True, "an unanswered part is the one empty node");
        Assert.That(second.StudentId, Is.EqualTo("s2"));
        Assert.That(ReferenceEquals(pool.Of("s2"), second.StudentId), Is.False, "a header value, each file's own, is not pooled");
    }
}
