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
        ReadOnlySpan<string> parts = ["deepexam-variant-v1", examId, secret, studentId, slot];
        var length = 0;
        foreach (var part in parts) length += 4 + Encoding.UTF8.GetByteCount(part.Normalize(NormalizationForm.FormC));
        // A seed is computed for every slot of every student: build the message in one buffer, without a stream.
        var message = length <= 1024 ? stackalloc byte[length] : new byte[length];
        var at = 0;
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part.Normalize(NormalizationForm.FormC), message[(at + 4)..]);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(message[at..], bytes);
            at += 4 + bytes;
        }
        return SHA256.HashData(message);
    }

    public static DeterministicRandom Random(string examId, string secret, string studentId, string slot) =>
        new(For(examId, secret, studentId, slot));
}
