using System.Diagnostics;
using System.Text.Json;

namespace DeepExam.Tests.Pdf;

/// <summary>
/// qpdf as an independent reader of the PDFs we write: its JSON view (objects, outlines, page labels)
/// and its structural check. Tests that need it are ignored where it is not installed (apt-get install qpdf).
/// </summary>
internal static class Qpdf
{
    /// <summary>qpdf's JSON (version 2) of the file.</summary>
    public static JsonElement Json(byte[] pdf) => JsonDocument.Parse(Run(pdf, "--json=2").Output).RootElement.Clone();

    /// <summary>What <c>qpdf --check</c> says, and whether it found the file sound.</summary>
    public static (bool Sound, string Output) Check(byte[] pdf)
    {
        var (output, errors, code) = Run(pdf, "--check");
        return (code == 0, output + errors);
    }

    /// <summary>The file rewritten with its streams uncompressed, for reading content streams as text.</summary>
    public static string Uncompressed(byte[] pdf) => Run(pdf, "--qdf", "--object-streams=disable", "-").Output;

    /// <summary>Every object of the file by its reference ("12 0 R"), as its value.</summary>
    public static Dictionary<string, JsonElement> Objects(JsonElement json)
    {
        var objects = new Dictionary<string, JsonElement>();
        foreach (var property in json.GetProperty("qpdf")[1].EnumerateObject())
            if (property.Name.StartsWith("obj:", StringComparison.Ordinal) && property.Value.TryGetProperty("value", out var value))
                objects[property.Name["obj:".Length..]] = value;
        return objects;
    }

    /// <summary>The document catalog.</summary>
    public static JsonElement Catalog(JsonElement json)
    {
        var root = json.GetProperty("qpdf")[1].GetProperty("trailer").GetProperty("value").GetProperty("/Root").GetString()!;
        return Objects(json)[root];
    }

    /// <summary>A text string as qpdf writes it ("u:…" for Unicode, "b:…" for bytes).</summary>
    public static string Text(JsonElement value) => value.GetString() is { } s && s.Length > 1 && s[1] == ':' ? s[2..] : value.GetString()!;

    private static (string Output, string Errors, int Code) Run(byte[] pdf, params string[] options)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("deepexam-qpdf-").FullName, "in.pdf");
        try
        {
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo("qpdf") { RedirectStandardError = true, RedirectStandardOutput = true };
            var stdout = options.Contains("-");
            foreach (var o in options.Where(o => o != "-")) start.ArgumentList.Add(o);
            start.ArgumentList.Add(file);
            if (stdout) start.ArgumentList.Add("-");
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Ignore("qpdf is not installed (apt-get install qpdf)");
                throw;
            }
            var errorsTask = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (output, errorsTask.Result, process.ExitCode);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
