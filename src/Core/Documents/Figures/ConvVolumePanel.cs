namespace DeepExam.Documents.Figures;

/// <summary>
/// A convolutional layer drawn as volumes: the <see cref="Input"/> box with the receptive field of one
/// output position (<see cref="KernelHeight"/> × <see cref="KernelWidth"/>, through the whole depth),
/// and to its right the output box, <see cref="Filters"/> deep, with the column of outputs that field
/// feeds. Without <see cref="Output"/> the output's height and width are not labelled (an exam asking
/// for them shows the layer, not the answer); without <see cref="Filters"/> no output is drawn.
/// </summary>
public sealed record ConvVolumePanel(Volume Input, int KernelHeight, int KernelWidth, int? Filters, Volume? Output) : FigurePanel
{
    public override string ToString() =>
        $"conv-volume {Input}, kernel {KernelHeight}×{KernelWidth}{(Filters is { } f ? $", {f} filters" : "")}{(Output is { } o ? $", output {o}" : "")}";
}
