using DeepExam.Diagnostics;

namespace DeepExam.Templates.Loading;

/// <summary>
/// The <c>tex</c> key of a derived value or of a parameter's domain: the TeX name the worked solution writes the value
/// with, as in math mode and without $ (<c>W_0</c>, <c>\hat{y}</c>, <c>n_{out}</c>), on one line.
/// </summary>
internal static class TexNameReader
{
    /// <param name="owner">What the name is for, as a diagnostic names it: <c>derived 'out'</c>, <c>parameter 'dY'</c>.</param>
    /// <returns>The name, trimmed; null when there is none (or it is malformed, with a diagnostic).</returns>
    public static string? Read(YamlMap map, string owner)
    {
        var tex = map.String("tex");
        if (tex is null) return null;
        if (tex.Trim().Length > 0 && !tex.Contains('$') && !tex.Contains('\n')) return tex.Trim();
        map.Diagnostics.Error(map.LocationOf("tex"), $"{owner}: 'tex' must be a TeX name on one line, without $ (e.g. W_0), got '{tex}'", DiagnosticCodes.InvalidTexName);
        return null;
    }
}
