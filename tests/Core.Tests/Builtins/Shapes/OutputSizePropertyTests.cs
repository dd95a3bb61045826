using DeepExam.Evaluation;
using DeepExam.Values;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using static DeepExam.Tests.Builtins.Shapes.BuiltinCall;

namespace DeepExam.Tests.Builtins.Shapes;

/// <summary>
/// The output-size builtins against brute force: slide a window along a padded axis and count where
/// it lands. The formulas are PyTorch's; these say what the formulas mean.
/// </summary>
public class OutputSizePropertyTests
{
    /// <summary>One axis of a sliding window; the record's text names a failing case.</summary>
    public sealed record WindowCase(int N, int K, int Stride, int Padding, int Dilation)
    {
        public int Span => Dilation * (K - 1) + 1;
        public int Padded => N + 2 * Padding;
    }

    private static readonly Gen<WindowCase> AnyFittingWindow =
        from n in Gen.Choose(1, 40)
        from k in Gen.Choose(1, 7)
        from stride in Gen.Choose(1, 5)
        from padding in Gen.Choose(0, 4)
        from dilation in Gen.Choose(1, 3)
        select new WindowCase(n, k, stride, padding, dilation);

    private static Arbitrary<WindowCase> ConvolutionWindows => AnyFittingWindow.Where(w => w.Span <= w.Padded).ToArbitrary();

    // PyTorch lets pooling padding reach half the (dilated) window span, no further.
    private static Arbitrary<WindowCase> PoolingWindows =>
        AnyFittingWindow.Where(w => w.Span <= w.Padded && w.Padding <= w.Span / 2).ToArbitrary();

    // In ceil mode PyTorch also takes a window larger than the padded input, when it overhangs by less than the stride.
    private static Arbitrary<WindowCase> CeilPoolingWindows =>
        AnyFittingWindow.Where(w => w.Padding <= w.Span / 2 && w.Span - w.Padded < w.Stride).ToArbitrary();

    private static Arbitrary<WindowCase> OverhangingBeyondAStride =>
        AnyFittingWindow.Where(w => w.Padding <= w.Span / 2 && w.Span - w.Padded >= w.Stride).ToArbitrary();

    private static int Size(string builtin, params object[] arguments) => Call(builtin, arguments).AsInt(builtin);

    private const int Runs = 500;

    private static Property Holds<T>(Arbitrary<T> cases, Func<T, bool> law) => Prop.ForAll(cases, law);

    /// <summary>Window starts 0, s, 2s, … while the whole window lies inside the padded input.</summary>
    private static int WindowsThatFit(WindowCase w)
    {
        var count = 0;
        for (var start = 0; start + w.Span <= w.Padded; start += w.Stride) count++;
        return count;
    }

    /// <summary>
    /// Ceil mode keeps sliding past the end: one more window that hangs over the end is kept when
    /// some of the padded input is still unseen, but never a window that starts in the right padding.
    /// Before the first window, the window one stride to the left of it counts as seen: so a first
    /// window larger than the padded input is kept when it overhangs by less than a stride.
    /// </summary>
    private static int WindowsInCeilMode(WindowCase w)
    {
        var (count, seenUpTo) = (0, w.Span - w.Stride);
        for (var start = 0; start < w.N + w.Padding; start += w.Stride)
        {
            if (start + w.Span <= w.Padded)
            {
                count++;
                seenUpTo = start + w.Span;
                continue;
            }
            if (seenUpTo < w.Padded) count++;
            break;
        }
        return count;
    }

    [Property(MaxTest = Runs)]
    public Property Conv_output_size_counts_the_window_positions_in_the_padded_input() =>
        Holds(ConvolutionWindows, w => Size("conv_out", w.N, w.K, w.Stride, w.Padding, w.Dilation) == WindowsThatFit(w));

    [Property(MaxTest = Runs)]
    public Property Pool_output_size_counts_the_window_positions_in_the_padded_input() =>
        Holds(PoolingWindows, w => Size("pool_out", w.N, w.K, w.Stride, w.Padding, w.Dilation, false) == WindowsThatFit(w));

    [Property(MaxTest = Runs)]
    public Property Pool_output_size_in_ceil_mode_counts_windows_starting_inside_input_and_left_padding() =>
        Holds(CeilPoolingWindows, w => Size("pool_out", w.N, w.K, w.Stride, w.Padding, w.Dilation, true) == WindowsInCeilMode(w));

    [Property(MaxTest = Runs)]
    public Property A_window_overhanging_the_padded_input_by_a_stride_or_more_is_an_error_even_in_ceil_mode() =>
        Holds(OverhangingBeyondAStride, w =>
        {
            var error = Assert.Throws<EvaluationException>(() => Size("pool_out", w.N, w.K, w.Stride, w.Padding, w.Dilation, true));
            return error!.Message.Contains("ceil_mode lets a window run past the padded input by less than the stride", StringComparison.Ordinal);
        });

    [Property(MaxTest = Runs)]
    public Property Ceil_mode_adds_at_most_one_window() =>
        Holds(PoolingWindows, w =>
        {
            var extra = Size("pool_out", w.N, w.K, w.Stride, w.Padding, w.Dilation, true) - Size("pool_out", w.N, w.K, w.Stride, w.Padding, w.Dilation, false);
            return extra is 0 or 1;
        });

    [Property(MaxTest = Runs)]
    public Property Transposed_conv_recovers_the_input_size_with_exactly_one_output_padding() =>
        Holds(ConvolutionWindows, w =>
        {
            var output = Size("conv_out", w.N, w.K, w.Stride, w.Padding, w.Dilation);
            var recovering = Enumerable.Range(0, w.Stride)
                .Where(outputPadding => TransposedSize(output, w, outputPadding) == w.N)
                .ToList();
            // The floor in conv_out drops (n + 2p − span) mod s pixels; output_padding puts them back.
            return recovering.Count == 1 && recovering[0] == (w.Padded - w.Span) % w.Stride;
        });

    private static int? TransposedSize(int n, WindowCase w, int outputPadding)
    {
        try
        {
            return Size("conv_transpose_out", n, w.K, w.Stride, w.Padding, outputPadding, w.Dilation);
        }
        catch (EvaluationException)
        {
            return null; // too much padding for this n: no output at all
        }
    }

    /// <summary>One convolution in a random stack, for the receptive-field law.</summary>
    public sealed record StackedConv(int K, int Stride, int Dilation);

    private static readonly Arbitrary<StackedConv[]> ConvolutionStacks =
        (from k in Gen.Choose(1, 5) from stride in Gen.Choose(1, 3) from dilation in Gen.Choose(1, 3) select new StackedConv(k, stride, dilation))
        .ArrayOf()
        .Where(stack => stack.Length <= 6)
        .ToArbitrary();

    [Property(MaxTest = Runs)]
    public Property Receptive_field_equals_the_input_span_traced_back_from_one_output_unit() =>
        Holds(ConvolutionStacks, stack =>
        {
            // Walk back from unit 0 of the last layer: output i of a layer reads inputs
            // i·s … i·s + d(k − 1), so a range [first, last] of outputs reads [first·s, last·s + d(k − 1)].
            var (first, last) = (0L, 0L);
            foreach (var conv in stack.Reverse())
                (first, last) = (first * conv.Stride, last * conv.Stride + (long)conv.Dilation * (conv.K - 1));
            var layers = Value.List(stack.Select(c => Call("Conv", 1, 1, c.K, c.Stride, 0, c.Dilation)));
            var strides = stack.Aggregate(1L, (product, c) => product * c.Stride);
            return Call("receptive_field", layers).AsInteger("field") == last - first + 1
                && Call("effective_stride", layers).AsInteger("jump") == strides;
        });
}
