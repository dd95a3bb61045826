using System.Diagnostics;
using System.Text.RegularExpressions;
using DeepExam.Pdf;

namespace DeepExam.Tests.Tool;

/// <summary>
/// The packed tool as an instructor gets it: packed into a NuGet package, installed into a tool path from that folder
/// alone, and run in a course folder outside the repository. Slow (about half a minute): find it by its category,
/// <c>dotnet test --filter TestCategory=ToolInstall</c>. The pack builds the RID-specific package's ReadyToRun assemblies
/// itself (a RID-specific tool cannot be packed with --no-build); the portable projects it references are already built.
/// </summary>
[Category("ToolInstall")]
public partial class InstalledToolTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private string _work = "";
    private string Tools => Path.Combine(_work, "tools");
    private string Course => Path.Combine(_work, "course");

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        // Packing refuses without the fonts the tool must carry.
        if (!DejaVuFonts.AreInstalled) Assert.Ignore($"the DejaVu fonts are not in {DejaVuFonts.Folder}");
        _work = Directory.CreateTempSubdirectory("deepexam-tool-").FullName;
        var packages = Path.Combine(_work, "packages");
        var pack = Run("dotnet", ["pack", Path.Combine(TestPaths.Repository, "src", "Tool", "Tool.csproj"), "-c", Configuration, "-o", packages], _work);
        Assert.That(pack.Exit, Is.EqualTo(0), pack.Out + pack.Err);
        // The pointer package dotnet tool install asks for, the ReadyToRun one for this machine and the portable fallback.
        Assert.That(Directory.GetFiles(packages).Select(f => Regex.Replace(Path.GetFileName(f), @"\.\d+\.\d+\.\d+\.nupkg$", ".nupkg")).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { "DeepExam.any.nupkg", "DeepExam.linux-x64.nupkg", "DeepExam.nupkg" }));
        // Only that folder as a source, and a fresh package cache: an earlier package of the same version must not be installed instead.
        var config = Path.Combine(_work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var install = Run("dotnet", ["tool", "install", "DeepExam", "--tool-path", Tools, "--add-source", packages, "--configfile", config], _work);
        Assert.That(install.Exit, Is.EqualTo(0), install.Out + install.Err);
    }

    [OneTimeTearDown]
    public void RemoveWorkFolder()
    {
        if (_work.Length > 0) Directory.Delete(_work, recursive: true);
    }

    private (int Exit, string Out, string Err) Deepexam(string workingDirectory, params string[] args) =>
        Run(Path.Combine(Tools, "deepexam"), args, workingDirectory);

    private (int Exit, string Out, string Err) Run(string program, IEnumerable<string> args, string workingDirectory)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment.Remove("DEEPEXAM_SECRET");
        start.Environment.Remove("DEEPEXAM_FONTS");
        start.Environment["NUGET_PACKAGES"] = Path.Combine(_work, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The tool's launcher finds the runtime through DOTNET_ROOT: the one running these tests.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet") start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Environment.ProcessPath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hang, not a speed check: packing the ReadyToRun tool took 25 s on a quiet 2-core machine and
        // 150-170 s on one shared with four other builds, which a 120 s limit failed.
        if (!process.WaitForExit(TimeSpan.FromSeconds(600)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within 600 s");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Test]
    public void Version_and_help_name_the_tool_and_every_verb()
    {
        var version = Deepexam(_work, "--version");
        Assert.That(version.Exit, Is.EqualTo(0));
        Assert.That(version.Out, Does.Match(@"^\d+\.\d+\.\d+"));

        var help = Deepexam(_work, "--help");
        Assert.That(help.Exit, Is.EqualTo(0));
        foreach (var verb in new[] { "generate", "validate", "preview", "simulate", "builtins", "migrate", "grade", "demo", "init" })
            Assert.That(help.Out, Does.Match($@"(?m)^  {verb}\b"), verb);
        // preview's argument is named, not spelled out as its 48 completions (which made the verb column 900 characters wide).
        Assert.That(help.Out, Does.Match(@"(?m)^  preview <exercise> +Typeset"));
        Assert.That(help.Out, Does.Not.Contain("activation-values|"));
    }

    [Test]
    public void Installs_the_linux_x64_package_whose_assemblies_are_ReadyToRun_compiled()
    {
        if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier != "linux-x64") Assert.Ignore("the ReadyToRun package is linux-x64's");
        var installed = Directory.GetDirectories(Path.Combine(Tools, ".store", "deepexam"), "*", SearchOption.AllDirectories)
            .Single(d => Path.GetFileName(d) == "linux-x64" && Path.GetFileName(Path.GetDirectoryName(d)) == "net10.0");
        foreach (var assembly in new[] { "DeepExam.Tool.dll", "DeepExam.Core.dll", "DeepExam.Generator.dll", "DeepExam.Grader.dll", "YamlDotNet.dll", "PdfSharp.dll" })
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(Path.Combine(installed, assembly)));
            // A ReadyToRun image carries its native code's header in the CLI header's managed native header directory.
            Assert.That(pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size, Is.GreaterThan(0), assembly);
        }
    }

    [Test]
    public void Carries_the_fonts_it_was_packed_with_and_their_licence()
    {
        var store = Directory.GetDirectories(Path.Combine(Tools, ".store"), "fonts", SearchOption.AllDirectories).Single();
        Assert.That(Directory.GetFiles(store).Select(Path.GetFileName).Order(StringComparer.Ordinal), Is.EqualTo(new[]
        {
            "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans.ttf", "DejaVuSansMono.ttf",
            "DejaVuSerif-Bold.ttf", "DejaVuSerif-BoldItalic.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif.ttf", "LICENSE-DejaVu.txt",
        }));
        Assert.That(File.ReadAllBytes(Path.Combine(store, "DejaVuSerif.ttf")), Is.EqualTo(File.ReadAllBytes(Path.Combine(DejaVuFonts.SystemFolder, "DejaVuSerif.ttf"))));
        Assert.That(File.ReadAllText(Path.Combine(store, "LICENSE-DejaVu.txt")), Does.Contain("Bitstream"));
    }

    [Test]
    public void In_a_new_course_folder_init_validate_generate_and_grade_give_a_perfect_sheet_full_marks()
    {
        var init = Deepexam(_work, "init", "course");
        Assert.That(init.Exit, Is.EqualTo(0), init.Err);
        Assert.That(File.Exists(Path.Combine(Course, "exercises", "conv-output-width.yaml")), Is.True);

        var validate = Deepexam(Course, "validate", "--samples", "50");
        Assert.That(validate.Exit, Is.EqualTo(0), validate.Err);
        Assert.That(validate.Out, Does.Contain("ok   conv-output-width").And.Contain("All 1 templates passed."));

        var generate = Deepexam(Course, "generate", "--blueprint", "exam.yaml", "--roster", "roster.csv", "--out", "out/exam", "--secret", "course-secret");
        Assert.That(generate.Exit, Is.EqualTo(0), generate.Err);
        var generated = Path.Combine(Course, "out", "exam");
        Assert.That(File.ReadAllBytes(Path.Combine(generated, "exams", "s0001.pdf"))[..5], Is.EqualTo("%PDF-"u8.ToArray()));
        Assert.That(File.ReadAllText(Path.Combine(generated, "exercise-versions.yaml")),
            Does.Contain("id: \"conv-output-width\"\n    sha256: ").And.Contain("from: course").And.Contain("from: bundled"));

        // s0001 hands in the blank sheet filled with the key's answers; nobody else hands anything in.
        var handedIn = Directory.CreateDirectory(Path.Combine(Course, "handed-in")).FullName;
        File.WriteAllText(Path.Combine(handedIn, "s0001.yaml"), Filled(
            File.ReadAllText(Path.Combine(generated, "answer-sheets", "s0001.yaml")), File.ReadAllText(Path.Combine(generated, "keys", "s0001.yaml"))));

        var grade = Deepexam(Course, "grade", "--blueprint", "exam.yaml", "--roster", "roster.csv", "--submissions", "handed-in", "--keys", "out/exam",
            "--out", "out/grades", "--secret", "course-secret", "--no-pdf");
        Assert.That(grade.Exit, Is.EqualTo(3), grade.Out + grade.Err); // the two missing students need attention
        var rows = File.ReadAllLines(Path.Combine(Course, "out", "grades", "grades.csv")).Select(l => l.Split(',')).ToList();
        var header = rows[0].ToList();
        var s0001 = rows.Single(r => r[0] == "s0001");
        Assert.That(s0001[header.IndexOf("status")], Is.EqualTo("graded"));
        Assert.That(s0001[header.IndexOf("total")], Is.EqualTo("12"));
        Assert.That(s0001[header.IndexOf("max")], Is.EqualTo("12"));
        Assert.That(s0001[header.IndexOf("percent")], Is.EqualTo("100"));
        Assert.That(rows.Single(r => r[0] == "s0002")[header.IndexOf("status")], Is.EqualTo("missing"));

        // An exercise edited after generation: grade refuses, naming it.
        File.AppendAllText(Path.Combine(Course, "exercises", "conv-output-width.yaml"), "# edited after the exam\n");
        var refused = Deepexam(Course, "grade", "--blueprint", "exam.yaml", "--roster", "roster.csv", "--submissions", "handed-in", "--keys", "out/exam",
            "--out", "out/grades-2", "--secret", "course-secret", "--no-pdf");
        Assert.That(refused.Exit, Is.EqualTo(1));
        Assert.That(refused.Err, Does.Contain("[conv-output-width] this template has changed since the exam was generated"));
        Assert.That(Directory.Exists(Path.Combine(Course, "out", "grades-2")), Is.False);
    }

    [Test]
    public void Demo_generates_the_bundled_demo_exam_into_out_demo_of_the_working_directory()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_work, "anywhere")).FullName;

        var demo = Deepexam(folder, "demo");

        Assert.That(demo.Exit, Is.EqualTo(0), demo.Err);
        Assert.That(demo.Out, Does.Contain("for exam 'cv-demo', 12 students"));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "out", "demo", "exams"), "*.pdf"), Has.Length.EqualTo(12));
        Assert.That(File.Exists(Path.Combine(folder, "out", "demo", "key.pdf")), Is.True);
    }

    /// <summary>The blank answer sheet with each part's answer from the student's key written after its colon.</summary>
    private static string Filled(string sheet, string key)
    {
        var answers = KeyAnswer().Matches(key).ToDictionary(m => m.Groups["part"].Value, m => m.Groups["answer"].Value.Trim());
        Assert.That(answers, Is.Not.Empty);
        return BlankLine().Replace(sheet, m => $"{m.Value} {answers[m.Groups["part"].Value]}");
    }

    [GeneratedRegex(@"- key: ""(?<part>[^""]+)""\n(?:\s+\w+: .*\n)*?\s+answer: (?<answer>.*)\n")]
    private static partial Regex KeyAnswer();

    [GeneratedRegex(@"(?m)^  ""(?<part>[^""]+)"":$")]
    private static partial Regex BlankLine();
}
