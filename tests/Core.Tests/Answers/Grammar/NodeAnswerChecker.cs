using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DeepExam.Answers.Grammar;

namespace DeepExam.Tests.Answers.Grammar;

/// <summary>
/// Runs the answer form's checker (<see cref="AnswerGrammar.CheckerScript"/>, as embedded) in Node over many
/// cases in one process, and returns each case's status. A case is a part descriptor's index and a text, or
/// index -1 for <c>checkEntry</c>.
/// </summary>
internal static class NodeAnswerChecker
{
    /// <summary>The node executable, or null when Node.js is not installed.</summary>
    public static string? Executable { get; } = Find();

    private static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/local/bin"))
        {
            var candidate = Path.Combine(dir, "node");
            if (dir.Length > 0 && File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static void RequireNode()
    {
        if (Executable is null) Assert.Ignore("Node.js (node) is not installed: the JavaScript answer checker cannot run; .ci/run installs nodejs");
    }

    // Reads {grammar, parts, cases} from stdin, writes one letter per case: e(mpty), o(k), f(ormat), s(ize).
    private const string Driver = """
        const check = require(process.argv[2]);
        const chunks = [];
        process.stdin.on("data", d => chunks.push(d));
        process.stdin.on("end", () => {
          const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          let out = "";
          for (const [p, text] of input.cases) {
            const r = p < 0 ? check.checkEntry(input.grammar, text) : check.check(input.grammar, input.parts[p], text);
            out += r.status[0];
          }
          process.stdout.write(out);
        });
        """;

    public static string Statuses(IReadOnlyList<string> partsJson, IReadOnlyList<(int Part, string Text)> cases)
    {
        var folder = Directory.CreateTempSubdirectory("deepexam-answer-check-");
        try
        {
            var script = Path.Combine(folder.FullName, "answer-check.js");
            var driver = Path.Combine(folder.FullName, "driver.js");
            File.WriteAllText(script, AnswerGrammar.CheckerScript);
            File.WriteAllText(driver, Driver);
            var start = new ProcessStartInfo(Executable!, [driver, script])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using (var json = new Utf8JsonWriter(process.StandardInput.BaseStream))
            {
                json.WriteStartObject();
                json.WritePropertyName("grammar");
                json.WriteRawValue(DeepExam.Html.Forms.FormGrammar.Of(AnswerGrammar.Json));
                json.WriteStartArray("parts");
                foreach (var part in partsJson) json.WriteRawValue(part);
                json.WriteEndArray();
                json.WriteStartArray("cases");
                foreach (var (part, text) in cases)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(part);
                    json.WriteStringValue(text);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            process.StandardInput.Close();
            process.WaitForExit();
            Assert.That(process.ExitCode, Is.EqualTo(0), $"node failed: {error.Result}");
            return output.Result;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
