namespace DeepExam.Layout.Formulas;

/// <summary>
/// The height and depth of characters in ems, close to DejaVu's outlines. Formulas need the real
/// ink extent (an x sits lower than a 7), not the font's line ascent, or every superscript,
/// fraction and matrix row would be set too loosely.
/// </summary>
public static class GlyphExtents
{
    public const double CapHeight = 0.73;
    public const double XHeight = 0.53;
    private const double Ascender = 0.76;
    private const double DescenderDepth = 0.23;

    /// <summary>How high above the baseline the ink of a prime starts, in ems (DejaVu's ′ is a short wedge at the top of the line).</summary>
    public const double PrimeBottom = 0.42;

    /// <summary>The extent of a whole string: the tallest height and the deepest depth of its characters.</summary>
    public static (double Height, double Depth) Of(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return (0, 0);
        double height = 0, depth = double.NegativeInfinity;
        foreach (var c in text)
        {
            var (h, d) = Of(c);
            if (h > height) height = h;
            if (d > depth) depth = d;
        }
        return (height, depth);
    }

    public static (double Height, double Depth) Of(char c)
    {
        if (c is >= '0' and <= '9') return (CapHeight, 0);
        if (c is >= 'A' and <= 'Z') return (CapHeight, c == 'Q' ? 0.12 : 0);
        if (c is >= 'a' and <= 'z') return c switch
        {
            'b' or 'd' or 'h' or 'k' or 'l' or 'i' or 't' => (Ascender, 0),
            'f' => (Ascender, DescenderDepth),
            'j' => (Ascender, DescenderDepth),
            'g' or 'p' or 'q' or 'y' => (XHeight, DescenderDepth),
            _ => (XHeight, 0),
        };
        return c switch
        {
            ' ' => (0, 0),
            '.' => (0.1, 0),
            ',' or ';' => (XHeight * (c == ';' ? 1 : 0.2), 0.17),
            ':' => (XHeight, 0),
            // A prime's ink floats high in its line: a negative depth is the height of its lowest point, so a
            // subscript may sit under it (y′₁).
            '′' or '″' or '‴' => (Ascender, -PrimeBottom),
            '+' or '−' or '±' or '∓' or '÷' => (0.6, 0.06),
            '=' or '≡' or '≈' or '∼' or '≃' or '∝' => (0.46, 0),
            '×' or '∗' or '⋆' => (0.52, 0),
            '·' or '•' or '∘' => (0.35, 0),
            '<' or '>' or '≤' or '≥' or '≠' or '≪' or '≫' or '⊙' or '⊗' or '⊕' or '∈' or '∉' or '⊂' or '⊆' or '⊃' or '⊇' => (0.62, 0.12),
            '←' or '→' or '↔' or '⇐' or '⇒' or '⇔' or '⟹' or '⟸' or '⟺' or '↦' or '⟶' or '⟵' => (0.52, 0),
            '(' or ')' or '[' or ']' or '{' or '}' or '|' or '‖' or '⌊' or '⌋' or '⌈' or '⌉' or '⟨' or '⟩' or '/' or '∖' or '∣' => (0.76, 0.24),
            '∑' or '∏' or '∐' or '⋃' or '⋂' or '⋁' or '⋀' or '⨁' or '⨂' or '⨀' => (0.76, 0.24),
            '∫' or '∬' or '∭' or '∮' => (0.9, 0.3),
            '∂' or '∇' or '∞' or '∀' or '∃' or 'ℓ' or '⊤' or '⊥' or '∅' => (Ascender, 0),
            '…' or '⋯' => (0.12, 0),
            // Greek: ascenders, descenders, or x-height.
            'β' or 'δ' or 'ζ' or 'θ' or 'λ' or 'ξ' or 'ϑ' or 'ϕ' or 'φ' or 'ψ' => (Ascender, c is 'β' or 'ζ' or 'ξ' or 'ϕ' or 'φ' or 'ψ' ? DescenderDepth : 0),
            'γ' or 'η' or 'μ' or 'ρ' or 'ϱ' or 'χ' or 'ς' => (XHeight, DescenderDepth),
            >= 'α' and <= 'ω' => (XHeight, 0),
            >= 'Α' and <= 'Ω' => (CapHeight, 0),
            _ when char.IsUpper(c) => (CapHeight, 0),
            _ when char.IsLower(c) => (Ascender, DescenderDepth),
            _ => (Ascender, DescenderDepth),
        };
    }
}
