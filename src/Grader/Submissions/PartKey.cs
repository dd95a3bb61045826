namespace DeepExam.Grading.Submissions;

/// <summary>Part keys as students type them: "1.a", "1a", " 1.A ", "1 a" all mean part a of exercise 1.</summary>
public static class PartKey
{
    public static string Normalize(string key)
    {
        var k = new string(key.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (k.Contains('.')) return k;
        var digits = k.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < k.Length ? k[..digits] + "." + k[digits..] : k;
    }
}
