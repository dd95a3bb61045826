using System.Security.Cryptography;
using System.Text;

namespace DeepExam.Sampling;

/// <summary>
/// The 32-byte seed of one student's exercise slot: SHA-256 over (exam, secret, student, slot) with
/// length prefixes, so no two different tuples can collide by concatenation. Without the secret,
/// a student cannot compute anyone's variant from the published template.
/// </summary>
public static class VariantSeed
{
    public static byte[] For(string examId, string secret, string studentId, string slot)
    {
        var buffer = new MemoryStream();
        foreach (var part in new[] { "deepexam-variant-v1", examId, secret, studentId, slot })
        {
            var bytes = Encoding.UTF8.GetBytes(part.Normalize(NormalizationForm.FormC));
            buffer.Write(BitConverter.IsLittleEndian ? BitConverter.GetBytes(bytes.Length) : [.. BitConverter.GetBytes(bytes.Length).Reverse()]);
            buffer.Write(bytes);
        }
        return SHA256.HashData(buffer.ToArray());
    }

    public static DeterministicRandom Random(string examId, string secret, string studentId, string slot) =>
        new(For(examId, secret, studentId, slot));
}
