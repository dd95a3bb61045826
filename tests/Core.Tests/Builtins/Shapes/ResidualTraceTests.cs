using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Values;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Shapes.BuiltinCall;

namespace DeepExam.Tests.Builtins.Shapes;

/// <summary>Residual blocks and dropout in trace: ResNet-18 layer by layer, a bottleneck block, and the errors of an addition that does not fit.</summary>
public class ResidualTraceTests
{
    private static Value Conv(params object[] arguments) => Call("Conv", arguments);
    private static Value BatchNorm(int channels) => Call("BatchNorm", channels);
    private static Value ReLU() => Call("ReLU");
    private static Value Residual(Value[] main, Value[]? shortcut = null) =>
        shortcut is null ? Call("Residual", Value.List(main)) : Call("Residual", Value.List(main), Value.List(shortcut));

    private static RecordValue Trace(int[] input, params Value[] layers) => (RecordValue)Call("trace", input, Value.List(layers));

    private static Value NoBias(int cIn, int cOut, int k, int stride, int padding) => Conv(cIn, cOut, k, stride, padding, Named("bias", false));

    /// <summary>
    /// torchvision's BasicBlock: 3×3 conv (with the stride), BN, ReLU, 3×3 conv, BN; a 1×1 strided projection with
    /// BN as the shortcut when the shape changes; the ReLU after the addition is the next layer.
    /// </summary>
    private static Value[] BasicBlock(int cIn, int cOut, int stride)
    {
        Value[] main = [NoBias(cIn, cOut, 3, stride, 1), BatchNorm(cOut), ReLU(), NoBias(cOut, cOut, 3, 1, 1), BatchNorm(cOut)];
        var projection = stride != 1 || cIn != cOut ? new[] { NoBias(cIn, cOut, 1, stride, 0), BatchNorm(cOut) } : null;
        return [Residual(main, projection), ReLU()];
    }

    private static RecordValue ResNet18(int classes) => Trace([3, 224, 224],
    [
        NoBias(3, 64, 7, 2, 3), BatchNorm(64), ReLU(), Call("MaxPool", 3, 2, 1),
        .. BasicBlock(64, 64, 1), .. BasicBlock(64, 64, 1),
        .. BasicBlock(64, 128, 2), .. BasicBlock(128, 128, 1),
        .. BasicBlock(128, 256, 2), .. BasicBlock(256, 256, 1),
        .. BasicBlock(256, 512, 2), .. BasicBlock(512, 512, 1),
        Call("AdaptiveAvgPool", 1), Call("Flatten"), Call("Linear", 512, classes),
    ]);

    [Test]
    public void ResNet_18_with_1000_classes_has_11_689_512_parameters()
    {
        // By hand, convolutions without bias, BatchNorm 2 per channel:
        //   stem: 64·3·7·7 = 9,408 + BN 128                                                       =      9,536
        //   layer1: 2 blocks × (2 · 64·64·9 + 2 · 128)                     = 2 × 73,984           =    147,968
        //   layer2: 128·64·9 + 256 + 128·128·9 + 256 + 128·64 + 256 = 230,144; + 2 × (147,456 + 256) =  525,568
        //   layer3: 256·128·9 + 512 + 256·256·9 + 512 + 256·128 + 512 = 919,040; + 2 × (589,824 + 512) = 2,099,712
        //   layer4: 512·256·9 + 1,024 + 512·512·9 + 1,024 + 512·256 + 1,024 = 3,673,088; + 2 × (2,359,296 + 1,024) = 8,393,728
        //   fc: 512·1000 + 1000                                                                   =    513,000
        //   total                                                                                 = 11,689,512
        var trace = ResNet18(1000);
        Assert.That(trace["total"], Is.EqualTo(Value.Of(11_689_512)));
        Assert.That(trace["output"], Is.EqualTo(Value.Shape([1000])));
    }

    [Test]
    public void ResNet_18_halves_the_map_in_each_stage_after_the_first_and_counts_each_block_as_one_layer()
    {
        var trace = ResNet18(1000);
        var shapes = ((ListValue)trace["shapes"]).Items;
        var counts = ((ListValue)trace["params"]).Items;
        // Layers 5, 7, 9, …, 19 are the blocks; each is followed by its ReLU.
        Assert.That(shapes[4], Is.EqualTo(Value.Shape([64, 56, 56])));
        Assert.That(shapes[8], Is.EqualTo(Value.Shape([128, 28, 28])));
        Assert.That(shapes[12], Is.EqualTo(Value.Shape([256, 14, 14])));
        Assert.That(shapes[16], Is.EqualTo(Value.Shape([512, 7, 7])));
        Assert.That(counts[4], Is.EqualTo(Value.Of(73_984)));
        Assert.That(counts[8], Is.EqualTo(Value.Of(230_144)));
        Assert.That(counts[16], Is.EqualTo(Value.Of(3_673_088)));
    }

    [Test]
    public void ResNet_18_for_ten_classes_differs_only_in_the_last_layer() =>
        // 11,689,512 − 513,000 + (512·10 + 10) = 11,181,642.
        Assert.That(ResNet18(10)["total"], Is.EqualTo(Value.Of(11_181_642)));

    [Test]
    public void A_bottleneck_block_with_a_projection_counts_its_four_convolutions_and_four_batch_norms()
    {
        // ResNet-50's first block: 1×1 64→64, 3×3 64→64, 1×1 64→256 (expansion 4), projection 1×1 64→256:
        //   64·64 + 128 + 64·64·9 + 128 + 256·64 + 512 + 256·64 + 512 = 4,096 + 128 + 36,864 + 128 + 16,384 + 512 + 16,384 + 512 = 75,008.
        var trace = Trace([64, 56, 56],
            Residual(
                [NoBias(64, 64, 1, 1, 0), BatchNorm(64), ReLU(), NoBias(64, 64, 3, 1, 1), BatchNorm(64), ReLU(), NoBias(64, 256, 1, 1, 0), BatchNorm(256)],
                [NoBias(64, 256, 1, 1, 0), BatchNorm(256)]),
            ReLU());
        Assert.That(trace["params"], Is.EqualTo(Value.List([Value.Of(75_008), Value.Of(0)])));
        Assert.That(trace["output"], Is.EqualTo(Value.Shape([256, 56, 56])));
    }

    [Test]
    public void An_identity_shortcut_that_cannot_be_added_names_both_shapes_and_the_remedy() =>
        Assert.That(() => Trace([64, 56, 56], Residual([NoBias(64, 128, 3, 2, 1), BatchNorm(128)])), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "trace: layer 1 (Residual): the main path gives [128, 28, 28] but the identity shortcut passes the input on as [64, 56, 56]; the two must have the same shape to be added, so a block that changes the shape needs a projection shortcut such as [Conv(c_in, c_out, 1, stride, bias=false), BatchNorm(c_out)]"));

    [Test]
    public void A_projection_that_does_not_match_the_main_path_names_both_shapes() =>
        Assert.That(() => Trace([64, 56, 56], Residual([NoBias(64, 128, 3, 2, 1)], [NoBias(64, 128, 1, 1, 0)])), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "trace: layer 1 (Residual): the main path gives [128, 28, 28] but the shortcut gives [128, 56, 56]; the two must have the same shape to be added"));

    [Test]
    public void A_layer_inside_a_block_that_does_not_fit_is_named_by_the_block_and_its_path() =>
        Assert.That(() => Trace([64, 8, 8], ReLU(), Residual([NoBias(64, 64, 3, 1, 1), BatchNorm(32)])), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "trace: layer 2 (Residual): main path layer 2 (BatchNorm): expects 32 channels but receives 64"));

    [Test]
    public void A_block_with_nothing_on_its_main_path_is_rejected() =>
        Assert.That(() => Call("Residual", Value.List([])), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "Residual: 'main' needs at least one layer; a block whose main path is the identity adds its input to itself"));

    [Test]
    public void A_path_must_hold_layers() =>
        Assert.That(() => Call("Residual", Value.List([Value.Of(3)])), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "Residual: main path layer 1 must be a layer such as Conv(...) or ReLU(), got an integer"));

    [Test]
    public void Dropout_keeps_the_shape_and_learns_nothing()
    {
        var trace = Trace([512], Call("Dropout", Value.Of(new DeepExam.Numbers.Rational(1, 2))), Call("Linear", 512, 10));
        Assert.That(trace["params"], Is.EqualTo(Value.List([Value.Of(0), Value.Of(new BigInteger(5130))])));
        Assert.That(trace["shapes"], Is.EqualTo(Value.List([Value.Shape([512]), Value.Shape([10])])));
    }

    [Test]
    public void Dropout_needs_a_probability() =>
        Assert.That(() => Call("Dropout", Value.Of(new DeepExam.Numbers.Rational(3, 2))), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "Dropout: 'p' must be a probability from 0 to 1, got 3/2"));
}
