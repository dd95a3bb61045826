using System.Globalization;
using System.Numerics;
using DeepExam.Evaluation;
using DeepExam.Values;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Shapes.BuiltinCall;

namespace DeepExam.Tests.Builtins.Shapes;

public class NetworkTraceTests
{
    private static Value Conv(params object[] arguments) => Call("Conv", arguments);
    private static Value MaxPool(params object[] arguments) => Call("MaxPool", arguments);
    private static Value Linear(params object[] arguments) => Call("Linear", arguments);
    private static Value ReLU() => Call("ReLU");
    private static Value Flatten() => Call("Flatten");

    private static RecordValue Trace(int[] input, params Value[] layers) => (RecordValue)Call("trace", input, Value.List(layers));

    private static Value Shapes(params int[][] shapes) => Value.List(shapes.Select(Value.Shape));
    private static Value Counts(params long[] counts) => Value.List(counts.Select(c => Value.Of(new BigInteger(c))));

    [Test]
    public void Small_cnn_trace_matches_the_seed_table()
    {
        var trace = Trace([1, 28, 28], Conv(1, 10, 3, 1, 1), MaxPool(2), Conv(10, 10, 3, 1, 1), MaxPool(2), Flatten(), Linear(490, 3));
        Assert.That(trace["shapes"], Is.EqualTo(Shapes([10, 28, 28], [10, 14, 14], [10, 14, 14], [10, 7, 7], [490], [3])));
        Assert.That(trace["params"], Is.EqualTo(Counts(100, 0, 910, 0, 0, 1473)));
        Assert.That(trace["total"], Is.EqualTo(Value.Of(2483)));
        Assert.That(trace["output"], Is.EqualTo(Value.Shape([3])));
    }

    [Test]
    public void Ceil_mode_pooling_keeps_one_window_larger_than_the_map_when_it_starts_inside_it()
    {
        // Rows: ⌈(2 − 3)/2⌉ + 1 = 1; columns: ⌈(3 − 3)/2⌉ + 1 = 1.
        Assert.That(Trace([8, 2, 3], MaxPool(3, 2, Named("ceil_mode", true)))["output"], Is.EqualTo(Value.Shape([8, 1, 1])));
        Assert.That(Trace([8, 2, 3], Call("AvgPool", 3, 2, Named("ceil_mode", true)))["output"], Is.EqualTo(Value.Shape([8, 1, 1])));
        Assert.That(() => Trace([8, 1, 1], MaxPool(3, 2, Named("ceil_mode", true))), Throws.TypeOf<EvaluationException>().With.Message.EqualTo(
            "trace: layer 1 (MaxPool) on [8, 1, 1]: a pooling window spanning 3 does not fit in an input of 1 with padding 0; ceil_mode lets a window run past the padded input by less than the stride 2, not by 2"));
    }

    [Test]
    public void A_depthwise_separable_block_counts_one_channel_per_depthwise_filter()
    {
        // MobileNet's block on [32, 112, 112]: depthwise 3×3 (32·9 = 288), BN (64), pointwise 1×1 (64·32 = 2048), BN (128).
        var trace = Trace([32, 112, 112],
            Conv(32, 32, 3, 1, 1, 1, false, 32), Call("BatchNorm", 32), ReLU(),
            Conv(32, 64, 1, 1, 0, 1, false), Call("BatchNorm", 64), ReLU());
        Assert.That(trace["params"], Is.EqualTo(Counts(288, 64, 0, 2048, 128, 0)));
        Assert.That(trace["output"], Is.EqualTo(Value.Shape([64, 112, 112])));
    }

    [Test]
    public void A_grouped_layer_that_does_not_split_its_channels_names_the_layer() =>
        Assert.That(() => Trace([6, 8, 8], Conv(6, 6, 3, Named("groups", 4))), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("Conv: 'groups' (4) must divide 'c_in' (6)"));

    [Test]
    public void Trace_record_prints_its_fields_in_order() =>
        Assert.That(Trace([3, 32, 32], Conv(3, 16, 5, 2, 1), ReLU(), MaxPool(2, 1)).ToString(),
            Is.EqualTo("Trace(shapes=[[16, 15, 15], [16, 15, 15], [16, 14, 14]], params=[1216, 0, 0], total=1216, output=[16, 14, 14])"));

    // Seed: the simplified VGG16 convolution part on a 3×320×320 image.
    [Test]
    public void Vgg_style_blocks_on_320_pixels_end_at_512_by_20_by_20()
    {
        var trace = Trace([3, 320, 320],
            Conv(3, 64, 3, 1, 1), ReLU(), MaxPool(2, 2),
            Conv(64, 128, 3, 1, 1), ReLU(), MaxPool(2, 2),
            Conv(128, 256, 3, 1, 1), ReLU(), MaxPool(2, 2),
            Conv(256, 512, 3, 1, 1), ReLU(), MaxPool(2, 2));
        Assert.That(trace["shapes"], Is.EqualTo(Shapes(
            [64, 320, 320], [64, 320, 320], [64, 160, 160],
            [128, 160, 160], [128, 160, 160], [128, 80, 80],
            [256, 80, 80], [256, 80, 80], [256, 40, 40],
            [512, 40, 40], [512, 40, 40], [512, 20, 20])));
        Assert.That(((ListValue)trace["params"]).Items[0], Is.EqualTo(Value.Of(1792)));
        Assert.That(((ListValue)trace["params"]).Items[3], Is.EqualTo(Value.Of(73_856)));
    }

    // VGG configurations from Simonyan & Zisserman's table: numbers are 3×3 convolutions (stride 1,
    // padding 1) with that many output channels, "M" a 2×2 max pool; then three fully connected layers.
    private static readonly object[] VggA = [64, "M", 128, "M", 256, 256, "M", 512, 512, "M", 512, 512, "M"];
    private static readonly object[] VggD = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"];

    private static RecordValue Vgg(object[] configuration)
    {
        var layers = new List<Value>();
        var channels = 3;
        foreach (var item in configuration)
        {
            if (item is int width)
            {
                layers.Add(Conv(channels, width, 3, 1, 1));
                layers.Add(ReLU());
                channels = width;
            }
            else layers.Add(MaxPool(2));
        }
        layers.AddRange([Flatten(), Linear(25_088, 4096), ReLU(), Linear(4096, 4096), ReLU(), Linear(4096, 1000)]);
        return Trace([3, 224, 224], [.. layers]);
    }

    [Test]
    public void Vgg_configuration_a_has_132_863_336_parameters()
    {
        // The seed sheet printed 44,782,952: it took the first fully connected layer as 512·7·4096 + 4096
        // instead of 512·7·7·4096 + 4096 = 102,764,544. Its eight convolution counts are right, so the
        // total is 9,220,480 (convolutions) + 123,642,856 (fully connected) = 132,863,336.
        var trace = Vgg(VggA);
        Assert.That(trace["total"], Is.EqualTo(Value.Of(132_863_336)));
        Assert.That(trace["output"], Is.EqualTo(Value.Shape([1000])));
    }

    [Test]
    public void Vgg_configuration_a_flattens_7_by_7_by_512_into_25088_features()
    {
        var shapes = ((ListValue)Vgg(VggA)["shapes"]).Items;
        var flatten = shapes.IndexOf(Value.Shape([25_088]));
        Assert.That(shapes[flatten - 1], Is.EqualTo(Value.Shape([512, 7, 7])));
    }

    [Test]
    public void Vgg_16_configuration_d_has_138_357_544_parameters() =>
        Assert.That(Vgg(VggD)["total"], Is.EqualTo(Value.Of(138_357_544)));

    [Test]
    public void Channel_mismatch_names_the_layer_and_both_counts() =>
        Assert.That(() => Trace([3, 32, 32], Conv(3, 128, 3, 1, 1), ReLU(), MaxPool(2), Conv(64, 128, 3, 1, 1)),
            Throws.TypeOf<EvaluationException>().With.Message.EqualTo("trace: layer 4 (Conv): expects 64 input channels but receives 128"));

    [Test]
    public void Linear_after_an_unflattened_feature_map_is_an_error() =>
        Assert.That(() => Trace([10, 7, 7], Linear(490, 3)), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("trace: layer 1 (Linear): expects 490 flat features but receives [10, 7, 7]; put Flatten() before it"));

    [Test]
    public void Linear_with_the_wrong_feature_count_is_an_error() =>
        Assert.That(() => Trace([10, 7, 7], Flatten(), Linear(500, 3)), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("trace: layer 2 (Linear): expects 500 input features but receives 490"));

    [Test]
    public void Flatten_multiplies_channels_height_and_width() =>
        Assert.That(Trace([512, 7, 7], Flatten())["output"], Is.EqualTo(Value.Shape([25_088])));

    [Test]
    public void Convolution_on_flat_features_is_an_error() =>
        Assert.That(() => Trace([490], Conv(490, 8, 1)), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("trace: layer 1 (Conv): expects a [C, H, W] feature map but receives flat features [490]"));

    [Test]
    public void A_kernel_that_no_longer_fits_names_the_layer_and_its_input() =>
        Assert.That(() => Trace([3, 8, 8], Conv(3, 8, 3), MaxPool(2), Conv(8, 8, 5)), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("trace: layer 3 (Conv) on [8, 3, 3]: a kernel spanning 5 does not fit in an input of 3 with padding 0"));

    [Test]
    public void Rectangular_settings_act_on_height_and_width_separately()
    {
        // Height (32 + 2 − 3) / 1 + 1 = 32; width floor((32 + 4 − 5) / 2) + 1 = 16.
        var trace = Trace([3, 32, 32], Conv(3, 8, new[] { 3, 5 }, new[] { 1, 2 }, new[] { 1, 2 }));
        Assert.That(trace["output"], Is.EqualTo(Value.Shape([8, 32, 16])));
        Assert.That(trace["total"], Is.EqualTo(Value.Of(8 * (3 * 5 * 3 + 1))));
    }

    [Test]
    public void Batch_norm_learns_two_parameters_per_channel_and_keeps_the_shape()
    {
        var trace = Trace([3, 32, 32], Conv(3, 16, 3, 1, 1, 1, false), Call("BatchNorm", 16), ReLU());
        Assert.That(trace["params"], Is.EqualTo(Counts(432, 32, 0)));
        Assert.That(trace["output"], Is.EqualTo(Value.Shape([16, 32, 32])));
    }

    [Test]
    public void Batch_norm_with_the_wrong_channel_count_is_an_error() =>
        Assert.That(() => Trace([3, 32, 32], Call("BatchNorm", 16)), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("trace: layer 1 (BatchNorm): expects 16 channels but receives 3"));

    [Test]
    public void Adaptive_average_pooling_fixes_height_and_width_whatever_the_input()
    {
        var trace = Trace([3, 37, 53], Conv(3, 8, 3), Call("AdaptiveAvgPool", 1), Flatten(), Linear(8, 2));
        Assert.That(trace["shapes"], Is.EqualTo(Shapes([8, 35, 51], [8, 1, 1], [8], [2])));
    }

    [Test]
    public void A_flat_input_traces_a_multilayer_perceptron() =>
        Assert.That(Trace([784], Linear(784, 100), ReLU(), Linear(100, 10))["total"], Is.EqualTo(Value.Of(79_510)));

    [Test]
    public void Total_beyond_int_range_stays_exact() =>
        Assert.That(Trace([100_000], Linear(100_000, 100_000))["total"], Is.EqualTo(Value.Of(BigInteger.Parse("10000100000", CultureInfo.InvariantCulture))));

    [Test]
    public void No_layers_leave_the_input_as_the_output() =>
        Assert.That(Trace([3, 8, 8]).ToString(), Is.EqualTo("Trace(shapes=[], params=[], total=0, output=[3, 8, 8])"));

    [Test]
    public void An_input_shape_of_two_sizes_is_rejected() =>
        Assert.That(() => Trace([3, 32], ReLU()), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("trace: the input shape must be [C, H, W] (or [N] for flat features) with positive sizes, got [3, 32]"));

    [Test]
    public void A_list_item_that_is_not_a_layer_is_named_by_position() =>
        Assert.That(() => Trace([3, 8, 8], ReLU(), Value.Of(5)), Throws.TypeOf<EvaluationException>()
            .With.Message.EqualTo("trace: layer 2 must be a layer such as Conv(...) or ReLU(), got an integer"));
}
