using System.IO.Compression;

namespace DeepExam.Exports.Qti;

/// <summary>
/// The content package as one ZIP: the files in the order given (the manifest first, as some importers read it from the
/// start), each compressed with one fixed time, so the archive is byte-identical from run to run.
/// </summary>
public static class QtiPackage
{
    // ZIP times start in 1980; any fixed time keeps the bytes the same from run to run.
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Zip(IEnumerable<ExportedFile> files)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = archive.CreateEntry(file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(file.Content);
            }
        }
        return output.ToArray();
    }
}
