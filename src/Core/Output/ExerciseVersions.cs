using System.Collections.Immutable;
using System.Security.Cryptography;
using DeepExam.Exams;

namespace DeepExam.Output;

/// <summary>
/// The versions of the templates an exam uses: every id of every slot's pool (a student may draw any of them),
/// each with the hash of its file as it is now. Generation records them; grading recomputes and compares them.
/// </summary>
public static class ExerciseVersions
{
    public static ImmutableArray<ExerciseVersion> Of(ExamBlueprint blueprint, ExerciseLibrary library) =>
    [
        .. blueprint.Slots.SelectMany(s => s.Pool).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new ExerciseVersion(id, Hash(File.ReadAllBytes(library.FileOf(id))), library.IsBundled(id))),
    ];

    /// <summary>
    /// SHA-256 of the file, lower-case hex, with CRLF read as LF first: a checkout that converts line endings
    /// draws the same variants, and must not be refused for it.
    /// </summary>
    public static string Hash(byte[] file)
    {
        var lf = new byte[file.Length];
        var n = 0;
        for (var i = 0; i < file.Length; i++)
            if (file[i] != (byte)'\r' || i + 1 >= file.Length || file[i + 1] != (byte)'\n') lf[n++] = file[i];
        return Convert.ToHexStringLower(SHA256.HashData(lf.AsSpan(0, n)));
    }
}
