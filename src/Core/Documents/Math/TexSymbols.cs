using System.Collections.Frozen;

namespace DeepExam.Documents.Math;

/// <summary>
/// The TeX control words that stand for one symbol, with their class and variant, and the letter
/// maps of \mathbb and \mathcal. Characters are chosen from what the DejaVu faces contain: a symbol
/// DejaVu Serif lacks (⋆, ≪, ∅, ℓ, …) has the <see cref="MathVariant.Symbol"/> variant, which is set in
/// DejaVu Sans; a test checks that the face of every symbol has its glyph.
/// </summary>
public static class TexSymbols
{
    private static readonly FrozenDictionary<string, MathAtom> Symbols = Build();

    public static bool TryGet(string command, out MathAtom atom) => Symbols.TryGetValue(command, out atom!);

    public static IEnumerable<string> Commands => Symbols.Keys;

    /// <summary>
    /// The commands that set <paramref name="character"/>, in ordinal order: the symbols that stand for it, and
    /// \mathbb, \mathcal or \mathscr when it is one of their letters.
    /// </summary>
    public static IEnumerable<string> CommandsFor(string character)
    {
        var commands = Symbols.Where(s => s.Value.Text == character).Select(s => s.Key).ToList();
        for (var c = 'A'; c <= 'Z'; c++)
        {
            if (Blackboard(c) == character) commands.Add("mathbb");
            if (Calligraphic(c) == character) commands.AddRange(["mathcal", "mathscr"]);
        }
        return commands.Order(StringComparer.Ordinal);
    }

    /// <summary>Function names set upright (\log, \max); those in <see cref="LimitFunctions"/> take limits in display style.</summary>
    public static readonly FrozenSet<string> Functions = FrozenSet.ToFrozenSet(
    [
        "log", "ln", "exp", "sin", "cos", "tan", "sinh", "cosh", "tanh", "arcsin", "arccos", "arctan", "sec", "csc", "cot",
        "max", "min", "sup", "inf", "lim", "limsup", "liminf", "det", "dim", "ker", "deg", "gcd", "Pr", "arg", "argmax", "argmin",
    ]);

    public static readonly FrozenSet<string> LimitFunctions = FrozenSet.ToFrozenSet(
        ["max", "min", "sup", "inf", "lim", "limsup", "liminf", "det", "gcd", "Pr", "argmax", "argmin"]);

    /// <summary>Double-struck letters that exist as single characters (ℝ, ℕ, ...).</summary>
    public static string? Blackboard(char c) => c switch
    {
        'R' => "ℝ",
        'N' => "ℕ",
        'Z' => "ℤ",
        'Q' => "ℚ",
        'C' => "ℂ",
        'P' => "ℙ",
        'H' => "ℍ",
        _ => null,
    };

    /// <summary>Script capitals that exist as single characters (ℒ, ℋ, ...); the others stay italic.</summary>
    public static string? Calligraphic(char c) => c switch
    {
        'L' => "ℒ",
        'H' => "ℋ",
        'B' => "ℬ",
        'E' => "ℰ",
        'F' => "ℱ",
        'I' => "ℐ",
        'M' => "ℳ",
        'R' => "ℛ",
        _ => null,
    };

    /// <summary>The class of a plain character typed in math mode.</summary>
    public static MathAtom ForCharacter(char c) => c switch
    {
        '+' => new("+", MathClass.Bin, MathVariant.Upright),
        '-' or '−' => new("−", MathClass.Bin, MathVariant.Upright),
        '*' => new("∗", MathClass.Bin, MathVariant.Upright),
        '×' => new("×", MathClass.Bin, MathVariant.Upright),
        '·' => new("·", MathClass.Bin, MathVariant.Upright),
        '=' or '<' or '>' or '≤' or '≥' or '≠' or '≈' => new(c.ToString(), MathClass.Rel, MathVariant.Upright),
        ':' => new(":", MathClass.Rel, MathVariant.Upright),
        ',' or ';' => new(c.ToString(), MathClass.Punct, MathVariant.Upright),
        '(' or '[' => new(c.ToString(), MathClass.Open, MathVariant.Upright),
        ')' or ']' or '!' or '?' => new(c.ToString(), MathClass.Close, MathVariant.Upright),
        '\'' => new("′", MathClass.Ord, MathVariant.Upright),
        _ when char.IsLetter(c) && c < 'ʰ' => new(c.ToString(), MathClass.Ord, MathVariant.Italic),
        _ => new(c.ToString(), MathClass.Ord, MathVariant.Upright),
    };

    private static FrozenDictionary<string, MathAtom> Build()
    {
        var d = new Dictionary<string, MathAtom>(StringComparer.Ordinal);
        void Add(MathClass cls, MathVariant variant, string pairs)
        {
            // "name char name char ...": a compact table that reads like the TeX it mirrors.
            var items = pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < items.Length; i += 2) d[items[i]] = new MathAtom(items[i + 1], cls, variant);
        }

        // \smile, \frown and \amalg are left out: no DejaVu face has ⌣, ⌢ or ⨿, so they are unsupported commands.
        Add(MathClass.Ord, MathVariant.Italic,
            "alpha α beta β gamma γ delta δ epsilon ϵ varepsilon ε zeta ζ eta η theta θ vartheta ϑ iota ι kappa κ lambda λ mu μ nu ν " +
            "xi ξ pi π varpi ϖ rho ρ varrho ϱ sigma σ varsigma ς tau τ upsilon υ phi ϕ varphi φ chi χ psi ψ omega ω imath ı jmath ȷ");
        Add(MathClass.Ord, MathVariant.Upright,
            "Gamma Γ Delta Δ Theta Θ Lambda Λ Xi Ξ Pi Π Sigma Σ Upsilon Υ Phi Φ Psi Ψ Omega Ω " +
            "partial ∂ nabla ∇ infty ∞ forall ∀ exists ∃ nexists ∄ neg ¬ lnot ¬ top ⊤ bot ⊥ " +
            "prime ′ angle ∠ triangle △ Box □ hbar ℏ degree ° " +
            "ldots … dots … vert | Vert ‖ | ‖ # # % % & & $ $ _ _ lvert | rvert | lVert ‖ rVert ‖ " +
            "sharp ♯ flat ♭ natural ♮ clubsuit ♣ diamondsuit ♢ heartsuit ♡ spadesuit ♠");
        Add(MathClass.Ord, MathVariant.Symbol,
            "cdots ⋯ vdots ⋮ ddots ⋱ checkmark ✓ ell ℓ emptyset ∅ varnothing ∅ aleph ℵ Re ℜ Im ℑ wp ℘ backslash ∖");
        Add(MathClass.Bin, MathVariant.Upright,
            "times × cdot · div ÷ pm ± mp ∓ ast ∗ circ ∘ bullet • odot ⊙ otimes ⊗ oplus ⊕ ominus ⊖ oslash ⊘ " +
            "cap ∩ cup ∪ wedge ∧ land ∧ vee ∨ lor ∨ sqcap ⊓ sqcup ⊔ uplus ⊎ diamond ⋄ " +
            "bigtriangleup △ bigtriangledown ▽ triangleleft ◁ triangleright ▷ dagger † ddagger ‡ circledast ⊛ boxplus ⊞ boxtimes ⊠");
        Add(MathClass.Bin, MathVariant.Symbol, "star ⋆ setminus ∖ wr ≀");
        Add(MathClass.Rel, MathVariant.Upright,
            "le ≤ leq ≤ ge ≥ geq ≥ ne ≠ neq ≠ approx ≈ equiv ≡ sim ∼ simeq ≃ propto ∝ doteq ≐ " +
            "in ∈ ni ∋ notin ∉ subset ⊂ supset ⊃ subseteq ⊆ supseteq ⊇ " +
            "sqsubseteq ⊑ sqsupseteq ⊒ vdash ⊢ dashv ⊣ models ⊨ parallel ∥ coloneqq ≔ " +
            "leftarrow ← gets ← rightarrow → to → leftrightarrow ↔ Leftarrow ⇐ Rightarrow ⇒ Leftrightarrow ⇔ implies ⟹ impliedby ⟸ " +
            "iff ⟺ mapsto ↦ longrightarrow ⟶ longleftarrow ⟵ longmapsto ⟼ uparrow ↑ downarrow ↓ updownarrow ↕ " +
            "nearrow ↗ searrow ↘ swarrow ↙ nwarrow ↖ hookrightarrow ↪ hookleftarrow ↩ rightleftharpoons ⇌ leadsto ⇝ " +
            "perp ⊥ mid ∣");
        Add(MathClass.Rel, MathVariant.Symbol,
            "cong ≅ ll ≪ gg ≫ prec ≺ succ ≻ preceq ⪯ succeq ⪰ asymp ≍ bowtie ⋈ " +
            "lesssim ≲ gtrsim ≳ nless ≮ ngtr ≯ nleq ≰ ngeq ≱ nsubseteq ⊈ nsim ≁ ncong ≇");
        Add(MathClass.Op, MathVariant.Upright, "sum ∑ prod ∏ coprod ∐");
        Add(MathClass.Op, MathVariant.Symbol, "bigcup ⋃ bigcap ⋂ bigvee ⋁ bigwedge ⋀ bigoplus ⨁ bigotimes ⨂ bigodot ⨀");
        Add(MathClass.Op, MathVariant.Upright, "int ∫ iint ∬ iiint ∭");
        Add(MathClass.Op, MathVariant.Symbol, "oint ∮");
        Add(MathClass.Open, MathVariant.Upright, "lfloor ⌊ lceil ⌈ langle ⟨ lbrace { lbrack [ { {");
        Add(MathClass.Close, MathVariant.Upright, "rfloor ⌋ rceil ⌉ rangle ⟩ rbrace } rbrack ] } }");
        Add(MathClass.Punct, MathVariant.Upright, "colon :");

        // Large operators take limits in display style, except integrals.
        foreach (var name in new[] { "sum", "prod", "coprod", "bigcup", "bigcap", "bigvee", "bigwedge", "bigoplus", "bigotimes", "bigodot" })
            d[name] = d[name] with { Limits = true };
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The character a delimiter name after \left, \right or \big stands for; "" for the empty delimiter <c>.</c>.</summary>
    public static string? Delimiter(string name) => name switch
    {
        "(" or ")" or "[" or "]" or "/" => name,
        "." => "",
        "<" or "langle" => "⟨",
        ">" or "rangle" => "⟩",
        "{" or "lbrace" => "{",
        "}" or "rbrace" => "}",
        "lbrack" => "[",
        "rbrack" => "]",
        "|" or "vert" or "lvert" or "rvert" or "mid" => "|",
        "\\|" or "Vert" or "lVert" or "rVert" => "‖",
        "lfloor" => "⌊",
        "rfloor" => "⌋",
        "lceil" => "⌈",
        "rceil" => "⌉",
        "backslash" => "∖",
        "uparrow" => "↑",
        "downarrow" => "↓",
        _ => null,
    };
}
