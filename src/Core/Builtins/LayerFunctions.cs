using DeepExam.Builtins.Shapes;
using DeepExam.Values;
using static DeepExam.Builtins.BuiltinParameter;

namespace DeepExam.Builtins;

/// <summary>
/// Layer constructors, which build records describing a layer, and the functions that read a list of
/// them: the shapes and parameters through a network, and its receptive field.
/// </summary>
public static class LayerFunctions
{
    public static void Register(BuiltinRegistry.Builder b)
    {
        b.Category = "Layers";
        b.Add(ConvLayer.KindName, "A 2-D convolution layer, as torch.nn.Conv2d; k, stride, padding and dilation are one size or [h, w]. With groups=g the input channels and the filters split into g groups and each filter sees the c_in/g channels of its group (g = c_in: depthwise); c_in and c_out must be multiples of g. groups comes last, after bias, so that calls written before it existed keep their meaning.",
            [Required("c_in", "integer"), Required("c_out", "integer"), Required("k", "integer or [h, w]"), Optional("stride", "integer or [h, w]", 1),
             Optional("padding", "integer or [h, w]", 0), Optional("dilation", "integer or [h, w]", 1), Optional("bias", "boolean", true), Optional("groups", "integer", 1)],
            [new("Conv(3, 64, 3, 1, 1)", "Conv(c_in=3, c_out=64, k=3, stride=1, padding=1, dilation=1, bias=true, groups=1)"),
             new("Conv(3, 16, [3, 5], 2)", "Conv(c_in=3, c_out=16, k=[3, 5], stride=2, padding=0, dilation=1, bias=true, groups=1)"),
             new("Conv(32, 32, 3, 1, 1, groups=32, bias=false)", "Conv(c_in=32, c_out=32, k=3, stride=1, padding=1, dilation=1, bias=false, groups=32)")],
            a => ConvLayer.Read(LayerFields.Of(a)).ToRecord());
        b.Add(MaxPoolLayer.KindName, "A max-pooling layer, as torch.nn.MaxPool2d; the stride defaults to k.",
            [Required("k", "integer or [h, w]"), OptionalNone("stride", "integer, [h, w] or none"), Optional("padding", "integer or [h, w]", 0),
             Optional("dilation", "integer or [h, w]", 1), Optional("ceil_mode", "boolean", false)],
            [new("MaxPool(2)", "MaxPool(k=2, stride=2, padding=0, dilation=1, ceil_mode=false)"),
             new("MaxPool(3, 2, 1)", "MaxPool(k=3, stride=2, padding=1, dilation=1, ceil_mode=false)")],
            a => MaxPoolLayer.Read(LayerFields.Of(a)).ToRecord());
        b.Add(AvgPoolLayer.KindName, "An average-pooling layer, as torch.nn.AvgPool2d; the stride defaults to k.",
            [Required("k", "integer or [h, w]"), OptionalNone("stride", "integer, [h, w] or none"), Optional("padding", "integer or [h, w]", 0),
             Optional("ceil_mode", "boolean", false)],
            [new("AvgPool(2)", "AvgPool(k=2, stride=2, padding=0, ceil_mode=false)")],
            a => AvgPoolLayer.Read(LayerFields.Of(a)).ToRecord());
        b.Add(AdaptiveAvgPoolLayer.KindName, "Adaptive average pooling to an h×w output whatever the input size, as torch.nn.AdaptiveAvgPool2d; w defaults to h.",
            [Required("h", "integer"), OptionalNone("w", "integer or none")],
            [new("AdaptiveAvgPool(7)", "AdaptiveAvgPool(h=7, w=7)"), new("AdaptiveAvgPool(1, 2)", "AdaptiveAvgPool(h=1, w=2)")],
            a => AdaptiveAvgPoolLayer.Read(LayerFields.Of(a)).ToRecord());
        b.Add(ReluLayer.KindName, "A ReLU activation layer: keeps the shape, has no parameters.",
            [], [new("ReLU()", "ReLU()")],
            _ => new ReluLayer().ToRecord());
        b.Add(FlattenLayer.KindName, "Flattens a [C, H, W] feature map into [C·H·W] features, as torch.nn.Flatten.",
            [], [new("Flatten()", "Flatten()")],
            _ => new FlattenLayer().ToRecord());
        b.Add(LinearLayer.KindName, "A fully connected layer, as torch.nn.Linear; its input must be flat.",
            [Required("n_in", "integer"), Required("n_out", "integer"), Optional("bias", "boolean", true)],
            [new("Linear(490, 3)", "Linear(n_in=490, n_out=3, bias=true)")],
            a => LinearLayer.Read(LayerFields.Of(a)).ToRecord());
        b.Add(DropoutLayer.KindName, "Dropout with probability p, as torch.nn.Dropout: keeps the shape, has no parameters.",
            [Optional("p", "number from 0 to 1", Value.Of(new Numbers.Rational(1, 2)))],
            [new("Dropout()", "Dropout(p=1/2)"), new("Dropout(0.2)", "Dropout(p=1/5)")],
            a => DropoutLayer.Read(LayerFields.Of(a)).ToRecord());
        b.Add(ResidualLayer.KindName, "A residual block, as ResNet's: the input goes through the main path (a list of layers) and through the shortcut (none for the identity, or a list such as [Conv(c_in, c_out, 1, stride, bias=false), BatchNorm(c_out)]), and the two are added, so their shapes must match. trace counts the parameters of both paths; put the ReLU after the addition as a layer after the block.",
            [Required("main", "list of layers"), OptionalNone("shortcut", "list of layers or none")],
            [new("Residual([Conv(8, 8, 3, 1, 1), ReLU()])", "Residual(main=[Conv(c_in=8, c_out=8, k=3, stride=1, padding=1, dilation=1, bias=true, groups=1), ReLU()], shortcut=none)"),
             new("trace([64, 56, 56], [Residual([Conv(64, 128, 3, 2, 1, bias=false), BatchNorm(128), ReLU(), Conv(128, 128, 3, 1, 1, bias=false), BatchNorm(128)], [Conv(64, 128, 1, 2, bias=false), BatchNorm(128)]), ReLU()])",
                 "Trace(shapes=[[128, 28, 28], [128, 28, 28]], params=[230144, 0], total=230144, output=[128, 28, 28])")],
            a => ResidualLayer.Read(LayerFields.Of(a)).ToRecord());
        b.Add(BatchNormLayer.KindName, "Batch normalisation over c channels, as torch.nn.BatchNorm2d: 2c parameters (γ and β); the running statistics are buffers.",
            [Required("c", "integer")],
            [new("BatchNorm(64)", "BatchNorm(c=64)")],
            a => BatchNormLayer.Read(LayerFields.Of(a)).ToRecord());

        b.Add("trace", "Walks a list of layers from an input shape [C, H, W] (or [N] for flat features) and returns a Trace record: shapes (the shape after each layer), params (parameters of each layer), total and output. An error names the layer that does not fit.",
            [Required("input_shape", "list of integers"), Required("layers", "list of layers")],
            [new("trace([1, 28, 28], [Conv(1, 10, 3, 1, 1), MaxPool(2), Conv(10, 10, 3, 1, 1), MaxPool(2), Flatten(), Linear(490, 3)])",
                 "Trace(shapes=[[10, 28, 28], [10, 14, 14], [10, 14, 14], [10, 7, 7], [490], [3]], params=[100, 0, 910, 0, 0, 1473], total=2483, output=[3])"),
             new("trace([3, 32, 32], [Conv(3, 16, 5, 2, 1), ReLU(), MaxPool(2, 1)])",
                 "Trace(shapes=[[16, 15, 15], [16, 15, 15], [16, 14, 14]], params=[1216, 0, 0], total=1216, output=[16, 14, 14])")],
            a =>
            {
                var (input, layers) = (a.IntList("input_shape"), a.List("layers"));
                return ErrorContext.Within(a.Function.Name, () => NetworkTrace.Of(input, Layer.ListFrom(layers))).ToRecord();
            });
        b.Add("receptive_field", "Receptive field (in input pixels, along one axis) of one output unit of a stack of square convolution and pooling layers: r grows by dilation·(k − 1)·jump at each layer. ReLU, BatchNorm and Dropout pass through; a residual block sees from the first pixel either of its paths sees to the last; non-square layers, Flatten, Linear and AdaptiveAvgPool are rejected.",
            [Required("layers", "list of layers")],
            [new("receptive_field([Conv(1, 1, 3), Conv(1, 1, 3)])", "5"), new("receptive_field([Conv(1, 1, 3), Conv(1, 1, 3, 1, 0, 2)])", "7")],
            a => Value.Of(FieldOf(a).Size));
        b.Add("receptive_fields", "The receptive field after each layer of a stack, as a table: one ReceptiveField record per layer with layer (its kind), rf (input pixels one unit sees along an axis, as receptive_field), jump (input pixels between neighbouring units, as effective_stride) and start (the input position, counting pixels from 0, at the centre of the first unit's field: start + (dilation·(k − 1)/2 − padding)·jump; padding can make it negative, an even window a half). The layers are those of receptive_field, with the same padding on both axes; a residual block sees what either of its paths sees.",
            [Required("layers", "list of layers")],
            [new("receptive_fields([Conv(1, 1, 3), MaxPool(2), Conv(1, 1, 3, 1, 1)])",
                 "[ReceptiveField(layer=\"Conv\", rf=3, jump=1, start=1), ReceptiveField(layer=\"MaxPool\", rf=4, jump=2, start=3/2), ReceptiveField(layer=\"Conv\", rf=8, jump=2, start=3/2)]")],
            a =>
            {
                var layers = Layer.ListFrom(a.List("layers"));
                var fields = ErrorContext.Within(a.Function.Name, () => ReceptiveField.Each(layers, withStart: true));
                return Value.List(fields.Select((field, i) => (Value)RecordValue.Create("ReceptiveField",
                    ("layer", Value.Of(layers[i].Kind)), ("rf", Value.Of(field.Size)), ("jump", Value.Of(field.Jump)), ("start", Value.Of(field.Start)))));
            });
        b.Add("effective_stride", "Effective stride (jump) of a stack of square convolution and pooling layers: the product of their strides, the input pixels between neighbouring output units.",
            [Required("layers", "list of layers")],
            [new("effective_stride([Conv(3, 64, 3, 1, 1), MaxPool(2), Conv(64, 128, 3, 1, 1), MaxPool(2)])", "4")],
            a => Value.Of(FieldOf(a).Jump));
    }

    private static ReceptiveField FieldOf(BuiltinArguments a)
    {
        var layers = a.List("layers");
        return ErrorContext.Within(a.Function.Name, () => ReceptiveField.Of(Layer.ListFrom(layers)));
    }
}
