namespace DeepExam.Builtins.Tensors;

/// <summary>
/// The input cells one pooled output reads (flat indices into an [H, W] plane, row-major, padding left
/// out), and how many cells of the padded input it covers: average pooling's divisor, as PyTorch's
/// count_include_pad counts it.
/// </summary>
internal sealed record PoolingWindow(int[] Cells, int PaddedCells);
