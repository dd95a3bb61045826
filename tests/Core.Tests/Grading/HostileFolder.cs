using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using DeepExam.Runs;

namespace DeepExam.Tests.Grading;

/// <summary>
/// A submissions folder built at test time with everything a file system can hold that an answer file
/// is not, beside a few of the demo's answer sheets: links leading in, out, to devices and round in a
/// loop; a FIFO and a socket; a name that is not UTF-8; upper-case and hidden answer files; macOS junk;
/// files one byte either side of the size limit; folders nested too deep. Links and files it points
/// to outside the submissions folder live in <see cref="Outside"/>.
/// </summary>
internal sealed class HostileFolder
{
    public string Submissions { get; }
    public string Outside { get; }

    /// <summary>
    /// The name of the file holding s1003's sheet as it is shown: its bytes are M, 0xFC (Latin-1 ü),
    /// ller.yaml. The sheet has one key too many, so the file also gets a line in the report.
    /// </summary>
    public const string InvalidUtf8Name = "M\\xfcller.yaml";

    /// <summary>33 folders named d inside each other: the innermost is one level past the depth limit.</summary>
    public static readonly string TooDeep = string.Join('/', Enumerable.Repeat("d", 33));

    private HostileFolder(string parent)
    {
        Submissions = Path.Combine(parent, "submissions");
        Outside = Path.Combine(parent, "outside");
    }

    public static HostileFolder Create(string parent)
    {
        var folder = new HostileFolder(parent);
        Shell(parent, """
            set -eu
            demo="$1"
            mkdir -p outside/dir submissions/sub
            printf 'exam: "cv-demo"\nstudent: "s1007"\n' > outside/s1007.yaml
            cp "$demo/s1008.yaml" outside/dir/s1008.yaml
            cd submissions
            cp "$demo/s1001.yaml" s1001.yaml
            cp "$demo/s1002.yaml" S1002.YAML
            { cat "$demo/s1003.yaml"; printf 'submitted: "2026-12-01"\n'; } > "$(printf 'M\374ller.yaml')"
            cp "$demo/s1004.yaml" sub/s1004.Yml
            cp "$demo/s1005.yaml" .hidden.yaml
            printf '\0\5\26\7\0\2\0\0Mac OS X        ' > ._s1006.yaml
            printf 'Bud1' > .DS_Store
            cp "$demo/notes.txt" notes.txt
            mkfifo fifo.yaml pipe
            ln -s /dev/zero zero.yaml
            ln -s /dev/urandom urandom.yaml
            ln -s ../outside/s1007.yaml s1007.yaml
            ln -s ../outside/dir outdir
            ln -s . loop
            ln -s s1001.yaml inside.yaml
            ln -s .. sub/up
            truncate -s 100M big.yaml
            mkdir -p "$(printf 'd/%.0s' $(seq 33))"
            """, DemoExam.Submissions(TestPaths.Repository));
        // A sheet exactly at the size limit is read; one byte more is refused.
        File.WriteAllBytes(Path.Combine(folder.Submissions, "s1009.yaml"), SheetOfLength("s1009", 1024 * 1024));
        File.WriteAllBytes(Path.Combine(folder.Submissions, "s1010.yaml"), SheetOfLength("s1010", 1024 * 1024 + 1));
        // Closing a bound socket removes its file: the renamed file stays behind.
        using (var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(folder.Submissions, "socket.tmp")));
            File.Move(Path.Combine(folder.Submissions, "socket.tmp"), Path.Combine(folder.Submissions, "socket.yaml"));
        }
        return folder;
    }

    private static byte[] SheetOfLength(string student, int length)
    {
        var sheet = Encoding.UTF8.GetBytes($"exam: \"cv-demo\"\nstudent: \"{student}\"\nanswers:\n  \"1.b\": 147\n#");
        var bytes = new byte[length];
        bytes.AsSpan().Fill((byte)'x');
        sheet.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>Removes a folder that may hold names .NET cannot delete (not UTF-8) and folders locked by a test.</summary>
    public static void Remove(string folder) => Shell(Path.GetDirectoryName(folder)!, "chmod -R u+rwX \"$1\" && rm -rf \"$1\"", folder);

    /// <summary>Runs a bash script in a folder, with arguments as $1, $2, ...</summary>
    public static string Shell(string folder, string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in (string[])["-c", script, "bash", .. args]) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.EqualTo(0), error.Result);
        return output.Result;
    }

    /// <summary>
    /// Everything under the folders as find lists it without following links: type, mode, size,
    /// modification time and link target of every entry, and the SHA-256 of every regular file.
    /// </summary>
    public string Snapshot() => Shell(Path.GetDirectoryName(Submissions)!, """
        set -eu
        find submissions outside -printf '%y %m %s %T@ %p -> %l\n' | LC_ALL=C sort
        find submissions outside -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
        """);
}
