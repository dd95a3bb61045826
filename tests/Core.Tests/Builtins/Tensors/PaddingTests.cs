using DeepExam.Builtins.Tensors;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Tensors.TensorAssert;

namespace DeepExam.Tests.Builtins.Tensors;

public class PaddingTests
{
    [Test]
    public void Matrix_is_padded_on_all_four_sides()
    {
        Assert.That(Padding.Pad(T("[[1, 2], [3, 4]]"), [1, 1], Number.Zero),
            Is.EqualTo(T("[[0, 0, 0, 0], [0, 1, 2, 0], [0, 3, 4, 0], [0, 0, 0, 0]]")));
    }

    [Test]
    public void Pair_pads_rows_and_columns_differently()
    {
        Assert.That(Padding.Pad(T("[[1, 2]]"), [1, 0], Number.Zero), Is.EqualTo(T("[[0, 0], [1, 2], [0, 0]]")));
    }

    [Test]
    public void Vector_is_padded_along_its_only_axis_with_the_given_value()
    {
        Assert.That(Padding.Pad(T("[1, 2]"), [2], -1), Is.EqualTo(T("[-1, -1, 1, 2, -1, -1]")));
    }

    [Test]
    public void Feature_maps_are_padded_per_channel_but_keep_their_channel_count()
    {
        Assert.That(Padding.Pad(T("[[[1]], [[2]]]"), [1, 0], Number.Zero), Is.EqualTo(T("[[[0], [1], [0]], [[0], [2], [0]]]")));
    }

    [Test]
    public void Negative_padding_is_rejected()
    {
        var error = Assert.Throws<EvaluationException>(() => Padding.Pad(T("[[1]]"), [-1, 0], Number.Zero));
        Assert.That(error!.Message, Is.EqualTo("'padding' must not be negative, got [-1, 0]"));
    }
}
