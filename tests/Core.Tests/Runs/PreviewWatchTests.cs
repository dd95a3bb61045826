using System.Diagnostics;
using DeepExam.Pdf;
using DeepExam.Runs;
using DeepExam.Tests.Pdf;

namespace DeepExam.Tests.Runs;

/// <summary><c>preview --watch</c> on a real file, edited on disk while the watch runs on its own thread.</summary>
public class PreviewWatchTests
{
    private string _work = "";
    private string Exercise => Path.Combine(_work, "exercises", "conv-output-width.yaml");
    private string Pdf => Path.Combine(_work, "preview.pdf");

    [SetUp]
    public void CreateWorkFolder()
    {
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
        _work = Directory.CreateTempSubdirectory("deepexam-watch-").FullName;
        Directory.CreateDirectory(Path.Combine(_work, "exercises"));
        File.Copy(Path.Combine(TestPaths.Repository, "templates", "course", "exercises", "conv-output-width.yaml"), Exercise);
    }

    [TearDown]
    public void RemoveWorkFolder()
    {
        if (_work.Length > 0) Directory.Delete(_work, recursive: true);
    }

    /// <summary>What the watch printed, as one string; written from the watch's thread, read from the test's.</summary>
    private sealed class Printed
    {
        private readonly StringWriter _text = new();
        public TextWriter Writer { get; }
        public Printed() => Writer = TextWriter.Synchronized(_text);
        public override string ToString() { lock (Writer) return _text.ToString(); }
    }

    private static void WaitUntil(Func<bool> condition, Printed printed, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) Assert.Fail($"waited 30 s for {what}; the watch printed:\n{printed}");
            Thread.Sleep(50);
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    [Test]
    public void Typesets_again_after_each_save_prints_the_problems_of_a_broken_save_and_stops_cleanly_when_cancelled()
    {
        var printed = new Printed();
        using var stop = new CancellationTokenSource();
        var request = new PreviewWatch.Request(Exercise, Path.Combine(_work, "exercises"), null, 1, Pdf, _work, Quiet: TimeSpan.FromMilliseconds(100));
        var watch = Task.Run(() => PreviewWatch.Run(request, printed.Writer, stop.Token));

        WaitUntil(() => printed.ToString().Contains("Watching", StringComparison.Ordinal), printed, "the first preview");
        Assert.That(printed.ToString(), Does.Contain("Wrote").And.Contain("conv-output-width, seed 1"));
        Assert.That(PdfTools.Text(File.ReadAllBytes(Pdf)), Does.Contain("Output width of a convolution"));

        // An edit, saved as an editor does: the title changes in the next preview.
        File.WriteAllText(Exercise, File.ReadAllText(Exercise).Replace("title: Output width of a convolution", "title: Width after a strided convolution", StringComparison.Ordinal));
        WaitUntil(() => Count(printed.ToString(), "Wrote") >= 2, printed, "the preview of the edit");
        Assert.That(PdfTools.Text(File.ReadAllBytes(Pdf)), Does.Contain("Width after a strided convolution").And.Not.Contain("Output width of a convolution"));
        var good = File.ReadAllBytes(Pdf);

        // A broken save: its problem is printed with its place, and the last good preview stays.
        File.WriteAllText(Exercise, File.ReadAllText(Exercise).Replace("answer: out\n", "answer: out +\n", StringComparison.Ordinal));
        WaitUntil(() => printed.ToString().Contains("Fix and save again", StringComparison.Ordinal), printed, "the problems of the broken save");
        Assert.That(printed.ToString(), Does.Match(@"conv-output-width\.yaml:\d+:\d+: error DX1403: \[conv-output-width\]"));
        Assert.That(File.ReadAllBytes(Pdf), Is.EqualTo(good));
        Assert.That(Count(printed.ToString(), "Wrote"), Is.EqualTo(2));

        stop.Cancel();
        Assert.That(watch.Wait(TimeSpan.FromSeconds(10)), Is.True, "the watch ends when cancelled");
        Assert.That(printed.ToString(), Does.EndWith("Stopped watching." + Environment.NewLine));
        Assert.That(Directory.GetFiles(_work).Select(Path.GetFileName), Is.EqualTo(new[] { "preview.pdf" }), "no staging file is left");
    }

    [Test]
    public void From_the_command_line_Ctrl_C_ends_the_watch_with_exit_code_0()
    {
        using var program = ToolProcess.Start(ToolProcess.GeneratorDll, ["preview", Exercise, "--watch", "--out", Pdf], workingDirectory: _work);
        var clock = Stopwatch.StartNew();
        while (!File.Exists(Pdf) && clock.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(100);
        Assert.That(File.Exists(Pdf), Is.True, "the first preview is written");
        // Ctrl+C is handled from the start of the command, so whenever it comes the watch ends through its cancellation.

        program.Signal(2);
        var (exit, output, error) = program.Wait(30);

        Assert.That(exit, Is.EqualTo(0), output + error);
        Assert.That(output, Does.Contain("Watching").And.EndWith("Stopped watching." + Environment.NewLine));
    }
}
