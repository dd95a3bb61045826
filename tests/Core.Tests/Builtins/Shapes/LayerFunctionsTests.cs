using DeepExam.Builtins.Shapes;
using DeepExam.Evaluation;
using DeepExam.Values;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Shapes.BuiltinCall;

namespace DeepExam.Tests.Builtins.Shapes;

public class LayerFunctionsTests
{
    [Test]
    public void Conv_record_lists_every_setting_with_defaults() =>
        Assert.That(Call("Conv", 3, 64, 3).ToString(),
            Is.EqualTo("Conv(c_in=3, c_out=64, k=3, stride=1, padding=0, dilation=1, bias=true, groups=1)"));

    [Test]
    public void Conv_keeps_a_rectangular_kernel_as_a_pair() =>
        Assert.That(Call("Conv", 3, 16, new[] { 3, 5 }, 2).ToString(),
            Is.EqualTo("Conv(c_in=3, c_out=16, k=[3, 5], stride=2, padding=0, dilation=1, bias=true, groups=1)"));

    [Test]
    public void Conv_writes_an_equal_pair_as_one_size() =>
        Assert.That(Call("Conv", 3, 16, new[] { 3, 3 }), Is.EqualTo(Call("Conv", 3, 16, 3)));

    [Test]
    public void Conv_takes_groups_after_bias_so_that_a_positional_bias_keeps_its_meaning() =>
        Assert.That(Call("Conv", 32, 64, 3, 1, 1, 1, false, 32).ToString(),
            Is.EqualTo("Conv(c_in=32, c_out=64, k=3, stride=1, padding=1, dilation=1, bias=false, groups=32)"));

    [TestCase(6, 4, 4, "Conv: 'groups' (4) must divide 'c_in' (6)")]
    [TestCase(8, 6, 4, "Conv: 'groups' (4) must divide 'c_out' (6)")]
    [TestCase(8, 8, 0, "Conv: 'groups' must be positive, got 0")]
    public void Conv_rejects_groups_that_do_not_split_both_channel_counts(int cIn, int cOut, int groups, string message) =>
        Assert.That(() => Call("Conv", cIn, cOut, 3, Named("groups", groups)), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(message));

    [Test]
    public void Conv_rejects_zero_output_channels() =>
        Assert.That(() => Call("Conv", 3, 0, 3), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("Conv: 'c_out' must be positive, got 0"));

    [Test]
    public void Conv_rejects_negative_padding() =>
        Assert.That(() => Call("Conv", 3, 8, 3, 1, new[] { 1, -1 }), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("Conv: 'padding' must be non-negative, got [1, -1]"));

    // Swedish formats −8 with a Unicode minus sign; messages must not depend on the machine's culture.
    [Test, SetCulture("sv-SE")]
    public void Messages_use_the_invariant_culture_whatever_the_current_one() =>
        Assert.That(() => Call("Conv", 3, -8, 3), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("Conv: 'c_out' must be positive, got -8"));

    [Test]
    public void Max_pool_stride_defaults_to_the_kernel() =>
        Assert.That(Call("MaxPool", 2).ToString(), Is.EqualTo("MaxPool(k=2, stride=2, padding=0, dilation=1, ceil_mode=false)"));

    [Test]
    public void Max_pool_keeps_an_explicit_stride() =>
        Assert.That(Call("MaxPool", 3, 2, 1).ToString(), Is.EqualTo("MaxPool(k=3, stride=2, padding=1, dilation=1, ceil_mode=false)"));

    [Test]
    public void Avg_pool_has_no_dilation() =>
        Assert.That(Call("AvgPool", 2, Named("ceil_mode", true)).ToString(), Is.EqualTo("AvgPool(k=2, stride=2, padding=0, ceil_mode=true)"));

    [Test]
    public void Adaptive_avg_pool_width_defaults_to_the_height() =>
        Assert.That(Call("AdaptiveAvgPool", 7).ToString(), Is.EqualTo("AdaptiveAvgPool(h=7, w=7)"));

    [TestCase("ReLU", "ReLU()")]
    [TestCase("Flatten", "Flatten()")]
    public void Layers_without_settings_print_empty_parentheses(string name, string expected) =>
        Assert.That(Call(name).ToString(), Is.EqualTo(expected));

    [Test]
    public void Linear_record_names_its_sizes() =>
        Assert.That(Call("Linear", 490, 3, false).ToString(), Is.EqualTo("Linear(n_in=490, n_out=3, bias=false)"));

    [Test]
    public void Batch_norm_record_names_its_channels() =>
        Assert.That(Call("BatchNorm", 64).ToString(), Is.EqualTo("BatchNorm(c=64)"));

    private static readonly object[][] EveryConstructor =
    [
        ["Conv", new object[] { 3, 16, new[] { 3, 5 }, new[] { 2, 1 }, 1, 2, false }],
        ["MaxPool", new object[] { 3, 2, 1, 2, true }],
        ["AvgPool", new object[] { new[] { 2, 4 } }],
        ["AdaptiveAvgPool", new object[] { 1, 2 }],
        ["ReLU", Array.Empty<object>()],
        ["Flatten", Array.Empty<object>()],
        ["Linear", new object[] { 10, 2 }],
        ["BatchNorm", new object[] { 8 }],
    ];

    [TestCaseSource(nameof(EveryConstructor))]
    public void A_layer_record_reads_back_as_the_layer_it_describes(string name, object[] arguments)
    {
        var record = Call(name, arguments);
        var layer = Layer.FromValue(record, 1);
        Assert.That(layer.Kind, Is.EqualTo(name));
        Assert.That(layer.ToRecord(), Is.EqualTo(record));
    }

    [Test]
    public void A_record_that_is_not_a_layer_is_rejected_with_its_position()
    {
        var notALayer = RecordValue.Create("Trace", ("total", Value.Of(1)));
        Assert.That(() => Layer.FromValue(notALayer, 3), Throws.TypeOf<EvaluationException>()
            .With.Message.StartsWith("layer 3 is a Trace record, not a layer"));
    }

    [Test]
    public void A_layer_record_with_a_bad_field_names_the_layer()
    {
        var broken = RecordValue.Create("Conv", ("c_in", Value.Of(3)), ("c_out", Value.Of(8)), ("k", Value.Of(0)),
            ("stride", Value.Of(1)), ("padding", Value.Of(0)), ("dilation", Value.Of(1)), ("bias", Value.Of(true)));
        Assert.That(() => Layer.FromValue(broken, 2), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("layer 2 (Conv): 'k' must be positive, got 0"));
    }

    [Test]
    public void A_layer_record_missing_a_field_names_the_field()
    {
        var partial = RecordValue.Create("Linear", ("n_in", Value.Of(3)));
        Assert.That(() => Layer.FromValue(partial, 1), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("layer 1 (Linear): has no field 'n_out'"));
    }
}
