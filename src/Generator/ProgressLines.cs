using DeepExam.Runs;

namespace DeepExam.Generator;

/// <summary>
/// Progress as plain lines, one each time another tenth of the class is done: readable in a log,
/// where a progress bar's redrawing is noise. Locked, so reports from several threads never interleave.
/// </summary>
public sealed class ProgressLines(TextWriter output) : IProgress<GenerationProgress>
{
    private readonly Lock _lock = new();
    private int _tenthsShown;

    public void Report(GenerationProgress value)
    {
        if (value.Total <= 0) return;
        var tenths = (int)(10L * value.Done / value.Total);
        lock (_lock)
        {
            if (tenths <= _tenthsShown) return;
            _tenthsShown = tenths;
            output.WriteLine(value.ToString());
        }
    }
}
