namespace DeepExam.Builtins.Shapes;

/// <summary>How a convolution or pooling window slides over the height and width of its input.</summary>
public sealed record Window(HeightWidth Kernel, HeightWidth Stride, HeightWidth Padding, HeightWidth Dilation);
