namespace DeepExam.Grading.Submissions;

/// <summary>Part keys as students type them: "1.a", "1a", " 1.A ", "1 a" all mean part a of exercise 1.</summary>
public static class PartKey
{
    public static string Normalize(string key)
    {
        if (IsNormal(key)) return key;
        var k = new string(key.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (k.Contains('.')) return k;
        var digits = k.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && digits < k.Length ? k[..digits] + "." + k[digits..] : k;
    }

    // "12.b" as the answer sheet writes it: digits, a dot, lower-case letters or digits; nothing to change.
    private static bool IsNormal(string key)
    {
        var dot = key.IndexOf('.');
        if (dot <= 0 || dot == key.Length - 1) return false;
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (i < dot ? !char.IsAsciiDigit(c) : i > dot && !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '.')) return false;
        }
        return true;
    }
}
