using System.Diagnostics;

namespace DeepExam.Tests.Pdf;

/// <summary>
/// poppler-utils (pdftotext, pdftoppm) as an independent reader of the PDFs we write. Tests that
/// need them are ignored where they are not installed (apt-get install poppler-utils).
/// </summary>
internal static class PdfTools
{
    public static string Text(byte[] pdf) => Run("pdftotext", pdf, "-layout", "-enc", "UTF-8").Output;

    /// <summary>Renders every page at low resolution and returns what poppler complained about (nothing, for a sound file).</summary>
    public static string RenderErrors(byte[] pdf) => Run("pdftoppm", pdf, "-r", "20", "-png").Errors;

    private static (string Output, string Errors) Run(string tool, byte[] pdf, params string[] options)
    {
        var folder = Directory.CreateTempSubdirectory("deepexam-pdf-").FullName;
        try
        {
            var input = Path.Combine(folder, "in.pdf");
            File.WriteAllBytes(input, pdf);
            var output = Path.Combine(folder, tool == "pdftotext" ? "out.txt" : "page");
            var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var o in options) start.ArgumentList.Add(o);
            start.ArgumentList.Add(input);
            start.ArgumentList.Add(output);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Ignore($"{tool} is not installed (apt-get install poppler-utils)");
                throw;
            }
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.EqualTo(0), $"{tool} failed: {errors}");
            return (tool == "pdftotext" ? File.ReadAllText(output) : "", errors);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
