using System.Collections.Frozen;

namespace DeepExam.Html;

/// <summary>
/// What MathML Core's operator dictionary gives the operators this writer uses, by form: the space before and after
/// (in mu, eighteenths of an em) and whether it stretches symmetrically (the fences). A browser applies these to an
/// <c>mo</c> without attributes, so the writer spells out only what differs. Read from the dictionary's table of
/// categories (MathML Core, "Operator Dictionary"): an operator with no entry for its form takes the entry of another
/// form (infix, then the others); one with no entry at all takes the default, a thick space (5 mu) each side. An
/// operator missing here is unknown, and the writer spells out all of its spacing. Left out because their entries changed
/// between drafts of the dictionary and browsers follow different ones: the large operators (∑, ∫), and | ∘ % (Chromium
/// spaces them as an older draft did; <c>MathOperatorDefaultsBrowserTests</c> checks every entry here against it).
/// </summary>
public static class MathOperatorDefaults
{
    /// <summary>An operator's spacing and stretching as the dictionary gives them for one form.</summary>
    public readonly record struct Entry(int LeftMu, int RightMu, bool StretchySymmetric);

    private readonly record struct Forms(Entry? Infix, Entry? Prefix, Entry? Postfix);

    private static readonly Entry Thick = new(5, 5, false);
    private static readonly Entry Medium = new(4, 4, false);
    private static readonly Entry Thin = new(3, 3, false);
    private static readonly Entry None = new(0, 0, false);
    private static readonly Entry Separator = new(0, 3, false);
    private static readonly Entry Fence = new(0, 0, true);

    private static readonly FrozenDictionary<string, Forms> Table = Build();

    /// <summary>Every operator this table knows, in code-point order.</summary>
    public static IEnumerable<string> Operators => Table.Keys.Order(StringComparer.Ordinal);

    /// <summary>The dictionary's entry for the operator in the form, or null when this table does not know the operator.</summary>
    public static Entry? Of(string text, MathOperatorForm form)
    {
        if (!Table.TryGetValue(text, out var forms)) return null;
        var own = form switch
        {
            MathOperatorForm.Infix => forms.Infix,
            MathOperatorForm.Prefix => forms.Prefix,
            _ => forms.Postfix,
        };
        // Browsers try the other forms in different orders after infix; every operator here has the same entry either way.
        return own ?? forms.Infix ?? forms.Prefix ?? forms.Postfix ?? Thick;
    }

    private static FrozenDictionary<string, Forms> Build()
    {
        var table = new Dictionary<string, Forms>(StringComparer.Ordinal);
        void Add(string operators, Forms forms)
        {
            foreach (var rune in operators.EnumerateRunes()) table.Add(rune.ToString(), forms);
        }

        // Relations with no entry: the default, a thick space each side.
        Add("=<>≤≥≠≈≡∈∉⊂⊆⊃⊇∝≅≃∣∥≪≫", new(null, null, null));
        // Arrows: infix, thick spaces (they stretch only under or over something).
        Add("←→↔⇐⇒⇔↦⟶⟹", new(Thick, null, null));
        // Binary operators with a medium space, and + − ± ∓ as signs (prefix) with none.
        Add("+−±∓", new(Medium, None, null));
        Add("÷∖∧∨∩∪⊕⊖/", new(Medium, null, null));
        // Binary operators with a thin space.
        Add("×·∗⊗⊙•⋅.", new(Thin, null, null));
        Add(",;:", new(Separator, null, null));
        Add("¬∀∃", new(null, None, null));
        Add("!", new(null, None, None));
        Add("′″‴°", new(null, null, None));
        Add("([{⌊⌈⟨", new(null, Fence, null));
        Add(")]}⌋⌉⟩", new(null, null, Fence));
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
