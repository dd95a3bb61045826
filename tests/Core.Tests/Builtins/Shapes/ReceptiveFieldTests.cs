using DeepExam.Evaluation;
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
}
