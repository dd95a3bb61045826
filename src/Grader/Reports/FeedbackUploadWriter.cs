using System.IO.Compression;
using DeepExam.Grading.Submissions;

namespace DeepExam.Grading.Reports;

/// <summary>
/// feedback-upload.zip: each student's feedback PDF laid out as Moodle's assignment takes it in "Upload
/// multiple feedback files in a zip": under the participant's folder (or flat-name prefix) exactly as
/// the submissions download named it, so Moodle matches each file to its participant by the id in that
/// name. Only students whose graded file came from a Moodle download are in it; the entries are in roster
/// order with a fixed time, so the archive is byte-identical from run to run.
/// </summary>
public static class FeedbackUploadWriter
{
    public const string FileName = "feedback-upload.zip";
    public const string FeedbackFileName = "feedback.pdf";

    /// <summary>The entry each student's feedback goes to, or none when their graded file did not come from a Moodle download.</summary>
    public static string? EntryFor(GradedStudent grade) =>
        grade.File is { } file && LmsSubmitter.Of(file) is { Lms: LmsKind.Moodle } submitter ? submitter.Prefix + FeedbackFileName : null;

    /// <summary>Writes the archive from the feedback PDFs already in <paramref name="feedbackFolder"/>; returns how many it holds.</summary>
    public static int Write(Stream output, IReadOnlyList<GradedStudent> grades, string feedbackFolder)
    {
        var count = 0;
        using var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var grade in grades)
        {
            if (EntryFor(grade) is not { } name) continue;
            var pdf = Path.Combine(feedbackFolder, grade.Student.FileName + ".pdf");
            if (!File.Exists(pdf)) continue; // the PDF could not be made; the report says so already
            var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = FixedTime;
            using var to = entry.Open();
            using var from = File.OpenRead(pdf);
            from.CopyTo(to);
            count++;
        }
        return count;
    }

    // ZIP times start in 1980; any fixed time keeps the bytes the same from run to run.
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
}
