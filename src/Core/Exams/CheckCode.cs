using System.Security.Cryptography;
using System.Text;

namespace DeepExam.Exams;

/// <summary>
/// The variant check code printed on a student's sheets and copied into their answer file:
/// HMAC-SHA256 of (exam, student) under the secret, as 8 Crockford base-32 characters ("K7Q2-M9XA").
/// The grader recomputes it to catch a submission made on someone else's sheet.
/// </summary>
public static class CheckCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string For(string examId, string secret, string studentId)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"check-v1\0{examId}\0{studentId}"));
        var bits = BitConverter.ToUInt64(mac, 0);
        var sb = new StringBuilder(9);
        for (var i = 0; i < 8; i++)
        {
            if (i == 4) sb.Append('-');
            sb.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }
        return sb.ToString();
    }

    /// <summary>Compares ignoring case, spaces and dashes, and reading O as 0 and I/L as 1, as Crockford intends.</summary>
    public static bool Matches(string expected, string? given)
    {
        if (given is null) return false;
        static string Canon(string s) => new(s.ToUpperInvariant().Where(c => c is not ('-' or ' ')).Select(c => c switch { 'O' => '0', 'I' or 'L' => '1', _ => c }).ToArray());
        return Canon(expected) == Canon(given);
    }
}
