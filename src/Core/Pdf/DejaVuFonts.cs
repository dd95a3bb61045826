using DeepExam.Layout;

namespace DeepExam.Pdf;

/// <summary>
/// Where the DejaVu fonts are and which file each <see cref="FontFace"/> uses. The folder is the one
/// <c>DEEPEXAM_FONTS</c> names, else the <c>fonts</c> folder beside the program when it has the fonts (the
/// installed tool carries the TTFs it was packed with, so its PDFs do not depend on the machine's fonts),
/// else Debian's. Italic faces come with Debian's fonts-dejavu-extra; without them the regular face is slanted instead.
/// </summary>
public static class DejaVuFonts
{
    public const string SerifFamily = Typefaces.Serif;
    public const string SansFamily = Typefaces.Sans;
    public const string MonoFamily = Typefaces.Mono;

    public static string Folder { get; } = Environment.GetEnvironmentVariable("DEEPEXAM_FONTS") is { Length: > 0 } folder
        ? folder
        : File.Exists(Path.Combine(ShippedFolder, "DejaVuSerif.ttf")) ? ShippedFolder : SystemFolder;

    /// <summary>Where Debian's fonts-dejavu-core and fonts-dejavu-extra put the TTFs.</summary>
    public const string SystemFolder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The fonts a packed tool carries, beside its assemblies.</summary>
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "fonts");

    /// <summary>The file stem for a family and style, e.g. "DejaVuSerif-BoldItalic"; null for an unknown family.</summary>
    public static string? FileStem(string family, bool bold, bool italic)
    {
        var (stem, italicSuffix) = family switch
        {
            SerifFamily => ("DejaVuSerif", "Italic"),
            SansFamily => ("DejaVuSans", "Oblique"),
            MonoFamily => ("DejaVuSansMono", "Oblique"),
            _ => (null, null),
        };
        if (stem is null) return null;
        var suffix = (bold, italic) switch
        {
            (true, true) => "-Bold" + italicSuffix,
            (true, false) => "-Bold",
            (false, true) => "-" + italicSuffix,
            _ => "",
        };
        return stem + suffix;
    }

    public static string PathOf(string stem) => Path.Combine(Folder, stem + ".ttf");

    /// <summary>
    /// The file a face is drawn from and the styles to simulate because their file is missing (a
    /// system without fonts-dejavu-extra has no italics). The measurer, the content writer and the
    /// embedded fonts all use this, so they always agree on the glyphs.
    /// </summary>
    public static (string Stem, bool SimulateBold, bool SimulateItalic) Resolve(string family, bool bold, bool italic)
    {
        var stem = FileStem(family, bold, italic) ?? throw new ArgumentException($"unknown font family '{family}'", nameof(family));
        if (File.Exists(PathOf(stem))) return (stem, false, false);
        foreach (var (b, i) in new[] { (bold, false), (false, italic), (false, false) })
        {
            var fallback = FileStem(family, b, i)!;
            if (File.Exists(PathOf(fallback))) return (fallback, bold && !b, italic && !i);
        }
        throw new FileNotFoundException($"font file not found: {PathOf(stem)} (install fonts-dejavu-core and fonts-dejavu-extra, or set DEEPEXAM_FONTS)");
    }

    /// <summary>The resolution of each face, looked up once: the files do not come and go while rendering.</summary>
    public static (string Stem, bool SimulateBold, bool SimulateItalic) Resolve(FontFace face) => Resolved[(int)face].Value;

    private static readonly Lazy<(string, bool, bool)>[] Resolved =
        [.. Enum.GetValues<FontFace>().Select(face => new Lazy<(string, bool, bool)>(() =>
        {
            var (family, bold, italic) = Typefaces.Of(face);
            return Resolve(family, bold, italic);
        }))];

    private static readonly Lazy<TrueTypeFont>[] Fonts =
        [.. Enum.GetValues<FontFace>().Select(face => new Lazy<TrueTypeFont>(() => TrueTypeFont.Load(PathOf(Resolve(face).Stem))))];

    /// <summary>The parsed font of a face, loaded once (thread-safely) and shared.</summary>
    public static TrueTypeFont Font(FontFace face) => Fonts[(int)face].Value;

    /// <summary>The parsed font of a file stem (one of those <see cref="Resolve(FontFace)"/> gives).</summary>
    public static TrueTypeFont FontOfStem(string stem) =>
        Fonts[(int)Enum.GetValues<FontFace>().First(f => Resolve(f).Stem == stem)].Value;

    /// <summary>True when the regular faces are installed; tests that need real fonts check this.</summary>
    public static bool AreInstalled => File.Exists(PathOf("DejaVuSerif")) && File.Exists(PathOf("DejaVuSans")) && File.Exists(PathOf("DejaVuSansMono"));
}
