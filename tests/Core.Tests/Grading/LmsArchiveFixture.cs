using System.IO.Compression;
using System.Text;
using DeepExam.Grading.Submissions;
using DeepExam.Runs;

namespace DeepExam.Tests.Grading;

/// <summary>
/// The demo submissions three ways: as a folder with set times, and as the ZIP Moodle's and Canvas's
/// "download all submissions" would give for them (participant folders or name prefixes), each ZIP with
/// hostile extras that must change nothing: a traversal name, a zip bomb, a name that is not UTF-8, a
/// folder nested inside a participant's, and a duplicate entry whose later copy is the real one.
/// </summary>
internal static class LmsArchiveFixture
{
    /// <summary>Even seconds apart: ZIP times have 2-second steps, and the demo's draft must be older than its final sheet.</summary>
    private static DateTime TimeOf(string file) => new DateTime(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc).AddSeconds(file.Contains("draft", StringComparison.Ordinal) ? 0 : 60);

    public static (string Name, string Id)[] Roster { get; } = [.. File.ReadAllLines(DemoExam.Roster(TestPaths.Repository)).Skip(1).Select(l => l.Split(',')).Select(p => (p[1], p[0]))];

    public static string[] Files => [.. Directory.GetFiles(DemoExam.Submissions(TestPaths.Repository)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public static string Folder(string work)
    {
        var folder = Directory.CreateDirectory(Path.Combine(work, "folder")).FullName;
        foreach (var name in Files)
        {
            var to = Path.Combine(folder, name);
            File.Copy(Path.Combine(DemoExam.Submissions(TestPaths.Repository), name), to);
            File.SetLastWriteTimeUtc(to, TimeOf(name));
        }
        return folder;
    }

    /// <summary>The roster student a demo file belongs to by its name (s9999 is nobody's: it goes to the last student's folder, as a stray file would).</summary>
    public static (string Name, string Id) OwnerOf(string file) =>
        Roster.FirstOrDefault(r => file.StartsWith(r.Id, StringComparison.Ordinal)) is { Id: not null } owner ? owner : Roster[^1];

    public static int ParticipantId(string studentId) => 500 + Array.FindIndex(Roster, r => r.Id == studentId);

    public static string MoodleZip(string work, bool inFolders = true)
    {
        var path = Path.Combine(work, inFolders ? "moodle.zip" : "moodle-flat.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create, ZipEntryNameEncoding.Instance);
        foreach (var file in Files)
        {
            var (name, id) = OwnerOf(file);
            var prefix = $"{name}_{ParticipantId(id)}_assignsubmission_file" + (inFolders ? "/" : "_");
            // One student put the sheet in a folder of their own inside their submission.
            var entry = inFolders && id == "s1004" ? prefix + "work/" + file : prefix + file;
            Add(zip, entry, Read(file), TimeOf(file));
        }
        AddHostileExtras(zip, inFolders ? "Ada Lovelace_500_assignsubmission_file/" : "Ada Lovelace_500_assignsubmission_file_");
        return path;
    }

    public static string CanvasZip(string work)
    {
        var path = Path.Combine(work, "canvas.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create, ZipEntryNameEncoding.Instance);
        var attachment = 9000;
        foreach (var file in Files)
        {
            var (name, id) = OwnerOf(file);
            var words = name.ToLowerInvariant().Replace("ö", "o", StringComparison.Ordinal).Split(' ');
            var lastFirst = string.Concat(words[^1..].Concat(words[..^1]));
            var late = id == "s1005" ? "_LATE" : "";
            Add(zip, $"{lastFirst}{late}_{ParticipantId(id) + 10_000}_{attachment++}_{file}", Read(file), TimeOf(file));
        }
        AddHostileExtras(zip, "lovelaceada_10500_8999_");
        return path;
    }

    private static byte[] Read(string file) => File.ReadAllBytes(Path.Combine(DemoExam.Submissions(TestPaths.Repository), file));

    private static void AddHostileExtras(ZipArchive zip, string adaPrefix)
    {
        var ada = Read("s1001.yaml");
        var wrong = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(ada).Replace("\"1.b\":", "\"1.b\": 1 #", StringComparison.Ordinal));
        // Ada's sheet again, wrong and newer, where a careless extractor would write it outside the folder.
        Add(zip, "../s1001.yaml", wrong, TimeOf("s1001.yaml").AddHours(1));
        Add(zip, "/tmp/s1001.yaml", wrong, TimeOf("s1001.yaml").AddHours(1));
        // 900 KB of spaces after a comment: under the size limit, but it inflates a thousand times.
        Add(zip, adaPrefix + "bomb.yaml", [.. "# bomb\n"u8, .. Enumerable.Repeat((byte)' ', 900_000)], TimeOf("s1001.yaml").AddHours(1));
        // A name that is not UTF-8 (the LMS wrote it without the UTF-8 flag): read, shown as \xff, no one's sheet.
        Add(zip, adaPrefix + "\uF7FFnotes.yaml", "# nothing\n"u8.ToArray(), TimeOf("s1001.yaml"));
        // The same entry twice with the same time: the first is wrong, the later one counts.
        Add(zip, adaPrefix + "s1001.yaml", wrong, TimeOf("s1001.yaml"));
        Add(zip, adaPrefix + "s1001.yaml", ada, TimeOf("s1001.yaml"));
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, DateTime time)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), TimeSpan.Zero);
        using var to = entry.Open();
        to.Write(bytes);
    }
}
