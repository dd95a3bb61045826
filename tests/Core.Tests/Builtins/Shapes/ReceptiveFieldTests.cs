using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Shapes.BuiltinCall;

namespace DeepExam.Tests.Builtins.Shapes;

public class ReceptiveFieldTests
{
    private static Value Conv(params object[] arguments) => Call("Conv", arguments);

    private static Value Stack(params Value[] layers) => Value.List(layers);

    private static Value Field(Value layers) => Call("receptive_field", layers);
    private static Value Stride(Value layers) => Call("effective_stride", layers);

    // Seed: L stacked K×K stride-1 convolutions see L(K − 1) + 1 pixels.
    [TestCase(1, 3)]
    [TestCase(2, 3)]
    [TestCase(3, 3)]
    [TestCase(4, 5)]
    [TestCase(10, 7)]
    public void Stacked_stride_one_convolutions_see_l_times_k_minus_one_plus_one(int depth, int kernel)
    {
        var layers = Stack([.. Enumerable.Repeat(Conv(8, 8, kernel), depth)]);
        Assert.That(Field(layers), Is.EqualTo(Value.Of(depth * (kernel - 1) + 1)));
        Assert.That(Stride(layers), Is.EqualTo(Value.Of(1)));
    }

    // Seed: a 3×3 convolution with dilation 1, then one with dilation 2.
    [Test]
    public void Dilation_two_after_dilation_one_sees_seven_pixels() =>
        Assert.That(Field(Stack(Conv(1, 1, 3), Conv(1, 1, 3, 1, 0, 2))), Is.EqualTo(Value.Of(7)));

    // Seed: with a 2×2 stride-2 pool in front, the recurrence RF' = S(RF − 1) + K (read from the
    // output back to the input) becomes RF' = 2(RF − 1) + 2 = 2·RF: the stack above sees twice as far.
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(5)]
    public void Two_by_two_stride_two_pooling_in_front_doubles_the_field_of_the_stack(int convolutions)
    {
        var stack = Enumerable.Repeat(Conv(8, 8, 3), convolutions).ToArray();
        Assert.That(Field(Stack([Call("MaxPool", 2), .. stack])), Is.EqualTo(Value.Of(2 * (2 * convolutions + 1))));
        Assert.That(Field(Stack(stack)), Is.EqualTo(Value.Of(2 * convolutions + 1)));
    }

    [Test]
    public void Two_by_two_stride_two_pooling_doubles_the_jump() =>
        Assert.That(Stride(Stack(Conv(3, 8, 3), Call("MaxPool", 2), Conv(8, 8, 3), Call("MaxPool", 2))), Is.EqualTo(Value.Of(4)));

    [Test]
    public void A_convolution_after_pooling_grows_the_field_by_the_jump() =>
        // 1 + 2·1 = 3, pool: 3 + 1·1 = 4 with jump 2, conv: 4 + 2·2 = 8.
        Assert.That(Field(Stack(Conv(3, 64, 3), Call("MaxPool", 2), Conv(64, 64, 3))), Is.EqualTo(Value.Of(8)));

    [Test]
    public void Effective_stride_multiplies_the_strides() =>
        Assert.That(Stride(Stack(Conv(3, 64, 7, 2, 3), Call("MaxPool", 3, 2, 1), Conv(64, 64, 3, 1, 1), Call("AvgPool", 2))),
            Is.EqualTo(Value.Of(8)));

    [Test]
    public void Activations_and_batch_norm_pass_the_field_through() =>
        Assert.That(Field(Stack(Conv(3, 8, 3), Call("ReLU"), Call("BatchNorm", 8), Conv(8, 8, 3))), Is.EqualTo(Value.Of(5)));

    [Test]
    public void Padding_does_not_change_the_field() =>
        Assert.That(Field(Stack(Conv(3, 8, 5, 1, 2))), Is.EqualTo(Field(Stack(Conv(3, 8, 5)))));

    [Test]
    public void No_layers_see_one_pixel() =>
        Assert.That(Field(Stack()), Is.EqualTo(Value.Of(1)));

    [Test]
    public void A_rectangular_kernel_is_rejected() =>
        Assert.That(() => Field(Stack(Conv(3, 8, 3), Conv(8, 8, new[] { 3, 5 }))), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("receptive_field: layer 2 (Conv): the receptive field needs square layers, but 'k' is [3, 5]"));

    [Test]
    public void Linear_layers_are_rejected() =>
        Assert.That(() => Stride(Stack(Conv(3, 8, 3), Call("Flatten"))), Throws.TypeOf<EvaluationException>()
            .With.Message.StartsWith("effective_stride: layer 2 (Flatten): mixes positions across the whole input"));

    private static IReadOnlyList<(BigInteger Rf, BigInteger Jump, Rational Start)> Table(Value layers) =>
        [.. Call("receptive_fields", layers).AsList("table").Cast<RecordValue>()
            .Select(r => (r["rf"].AsInteger("rf"), r["jump"].AsInteger("jump"), r["start"].AsExact("start")))];

    private static Value Residual(Value[] main, Value[]? shortcut = null) =>
        shortcut is null ? Call("Residual", Value.List(main)) : Call("Residual", Value.List(main), Value.List(shortcut));

    [Test]
    public void The_table_gives_field_jump_and_start_after_every_layer()
    {
        // Conv 3: r 3, j 1, start 0 + (1 − 0)·1 = 1; MaxPool 2: r 4, j 2, start 1 + ½·1 = 3/2; Conv 3 with padding 1:
        // r 4 + 2·2 = 8, j 2, start 3/2 + (1 − 1)·2 = 3/2.
        var table = Table(Stack(Conv(1, 1, 3), Call("MaxPool", 2), Conv(1, 1, 3, 1, 1)));
        Assert.That(table, Is.EqualTo(new[] { (new BigInteger(3), BigInteger.One, new Rational(1)), (4, 2, new Rational(3, 2)), (8, 2, new Rational(3, 2)) }));
    }

    [Test]
    public void Two_strided_padded_convolutions_keep_the_first_unit_centred_on_the_first_pixel()
    {
        // Dang Ha The Hien's example (k 3, stride 2, padding 1, twice): r 3 then 7, j 2 then 4, start 0 both times
        // (0.5 in a convention that puts the first pixel's centre at 0.5).
        var table = Table(Stack(Conv(1, 1, 3, 2, 1), Conv(1, 1, 3, 2, 1)));
        Assert.That(table, Is.EqualTo(new[] { (new BigInteger(3), new BigInteger(2), Rational.Zero), (7, 4, Rational.Zero) }));
    }

    [Test]
    public void Padding_beyond_half_the_window_puts_the_start_before_the_first_pixel() =>
        Assert.That(Table(Stack(Conv(1, 1, 3, 1, 2)))[0].Start, Is.EqualTo(new Rational(-1)));

    [Test]
    public void The_table_counts_each_layer_it_passes_through() =>
        Assert.That(Table(Stack(Conv(1, 1, 3), Call("ReLU"), Call("Dropout"), Call("BatchNorm", 1))).Select(row => row.Rf), Is.EqualTo(new BigInteger[] { 3, 3, 3, 3 }));

    [Test]
    public void A_residual_block_sees_what_its_wider_path_sees()
    {
        // Main: 3×3 stride 2 then 3×3 (r 3, then 3 + 2·2 = 7, j 2); the 1×1 stride-2 projection sees 1 pixel, centred alike.
        var block = Residual([Conv(1, 1, 3, 2, 1), Conv(1, 1, 3, 1, 1)], [Conv(1, 1, 1, 2)]);
        Assert.That(Table(Stack(block)), Is.EqualTo(new[] { (new BigInteger(7), new BigInteger(2), Rational.Zero) }));
        Assert.That(Stride(Stack(block, Conv(1, 1, 3))), Is.EqualTo(Value.Of(2)));
    }

    [Test]
    public void Paths_centred_apart_see_from_the_first_pixel_either_sees_to_the_last()
    {
        // Main sees pixels 0–2 (no padding), the shortcut −2–0 (padding 2): together −2–2, 5 pixels centred on 0.
        var block = Residual([Conv(1, 1, 3)], [Conv(1, 1, 3, 1, 2)]);
        Assert.That(Table(Stack(block)), Is.EqualTo(new[] { (new BigInteger(5), BigInteger.One, Rational.Zero) }));
    }

    [Test]
    public void Paths_with_different_jumps_cannot_be_added() =>
        Assert.That(() => Field(Stack(Residual([Conv(1, 1, 3, 2, 1)]))), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "receptive_field: layer 1 (Residual): the main path's units are 2 input pixels apart but the shortcut's 1, so the two cannot be added"));

    [Test]
    public void The_start_needs_the_same_padding_on_both_axes() =>
        Assert.That(() => Table(Stack(Conv(1, 1, 3, 1, new[] { 1, 0 }))), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "receptive_fields: layer 1 (Conv): the start of the receptive field needs the same padding on both axes, but 'padding' is [1, 0]"));
}
