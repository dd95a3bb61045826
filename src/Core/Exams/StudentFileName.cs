using System.Text;

namespace DeepExam.Exams;

/// <summary>
/// Turns a student id into a file name that cannot escape the output folder: no path separators,
/// no "..", no control characters, no leading dot. Anything else outside a safe set becomes '_'.
/// </summary>
public static class StudentFileName
{
    public static string For(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id.Normalize(NormalizationForm.FormC))
            sb.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '@' or '+' or '.' ? c : '_');
        var name = sb.ToString();
        while (name.Contains("..", StringComparison.Ordinal)) name = name.Replace("..", "_.", StringComparison.Ordinal);
        if (name.StartsWith('.')) name = "_" + name[1..];
        if (name.Length > 100) name = name[..100];
        return name.Length == 0 ? "_" : name;
    }
}
