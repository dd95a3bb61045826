using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DeepExam.Documents.Math;

namespace DeepExam.Html;

/// <summary>
/// Writes a parsed formula as MathML Core, which current browsers render natively: no script, no web font
/// request. Only MathML Core elements and attributes are written (no <c>mfenced</c>, <c>menclose</c> or
/// <c>columnalign</c>): fences are stretchy operators in a row, column alignment is CSS on the cells.
/// Spacing follows TeX's classes (<see cref="MathAtomClasses"/>): an operator carries the spaces TeX gives it, so a
/// unary minus gets no binary space, as in the PDF. A space is written only where it differs from what MathML Core's
/// operator dictionary gives the operator in its place (<see cref="MathOperatorDefaults"/>), and a fence's stretching
/// only where the dictionary does not give it: most operators need no attribute, which keeps the pages small.
/// </summary>
public static class MathMLWriter
{
    /// <summary>The CSS for the cell classes the tables of formulas use; a page that shows MathML includes it.</summary>
    public const string CellClasses =
        "mtd.r{text-align:right;text-align:-webkit-right}mtd.l{text-align:left;text-align:-webkit-left}mtd.c{text-align:center}" +
        "mtd.ar{text-align:right;text-align:-webkit-right;padding-right:0}mtd.al{text-align:left;text-align:-webkit-left;padding-left:0}";

    public static string Write(MathNode formula, bool display)
    {
        var builder = new StringBuilder(256);
        Write(builder, formula, display);
        return builder.ToString();
    }

    public static void Write(StringBuilder builder, MathNode formula, bool display)
    {
        builder.Append(display ? "<math display=\"block\">" : "<math>");
        new Emitter(builder).Child(formula, display ? MathStyle.Display : MathStyle.Text);
        builder.Append("</math>");
    }

    private sealed class Emitter(StringBuilder output)
    {
        private static readonly string[] MuToEm = ["0", "", "", "0.1667em", "0.2222em", "0.2778em"];

        /// <summary>A node as exactly one element, as the children of mfrac, msub and the like must be.</summary>
        public void Child(MathNode node, MathStyle style)
        {
            if (node is MathRow row && (row.Items.Length != 1 || row.IsGroup && row.Items[0] is MathAtom { Class: not MathClass.Ord }))
            {
                output.Append("<mrow>");
                Items(row.Items, style, ownRow: true);
                output.Append("</mrow>");
            }
            else if (node is MathRow single)
                Child(single.Items[0], style);
            else
                Items([node], style, ownRow: false);
        }

        /// <summary>
        /// The items of a row, each spaced from its neighbours as TeX spaces them. In a row of its own (an mrow holding
        /// just these items) an operator's form is known from its place among them; elsewhere its neighbours are not known here.
        /// </summary>
        private void Items(ImmutableArray<MathNode> items, MathStyle style, bool ownRow)
        {
            var classes = MathAtomClasses.Of(items);
            // gaps[i]: mu before item i; the space after the last item is none.
            var gaps = new int[items.Length + 1];
            MathClass? previous = null;
            for (var i = 0; i < items.Length; i++)
            {
                if (classes[i] is not { } current) continue;
                if (previous is { } p) gaps[i] = MathAtomClasses.SpacingMu(p, current, style);
                previous = current;
            }
            for (var i = 0; i < items.Length; i++)
            {
                if (classes[i] is null)
                {
                    Node(items[i], style, 0, 0, null);
                    continue;
                }
                var next = i + 1;
                while (next < items.Length && classes[next] is null) next++;
                if (IsOperator(items[i]))
                {
                    // The operator carries the spaces on both sides; the next item must not add its own.
                    var after = next < items.Length ? gaps[next] : 0;
                    if (next < items.Length) gaps[next] = 0;
                    Node(items[i], style, gaps[i], after, ownRow ? FormAt(items, i) : null);
                }
                else
                {
                    if (gaps[i] > 0) output.Append("<mspace width=\"").Append(MuToEm[gaps[i]]).Append("\"/>");
                    Node(items[i], style, 0, 0, null);
                }
            }
        }

        /// <summary>The form of item <paramref name="i"/> of a row of its own: each item is one element of the row.</summary>
        private static MathOperatorForm? FormAt(ImmutableArray<MathNode> items, int i)
        {
            bool Solid(int j) => !IsSpaceLike(items[j]);
            var solidBefore = false;
            for (var j = 0; j < i && !solidBefore; j++) solidBefore = Solid(j);
            var solidAfter = false;
            for (var j = i + 1; j < items.Length && !solidAfter; j++) solidAfter = Solid(j);
            return FormOf(i > 0, i < items.Length - 1, solidBefore, solidAfter);
        }

        /// <summary>
        /// The form browsers give an operator with these neighbours in its row, or null when they may differ. MathML Core
        /// skips space-like neighbours (mtext, mspace) and, with no other neighbour, takes the form of the row around;
        /// Chromium counts every neighbour. Only a form both rules give is used; otherwise the operator says all.
        /// </summary>
        private static MathOperatorForm? FormOf(bool before, bool after, bool solidBefore, bool solidAfter)
        {
            if (!solidBefore && !solidAfter) return null;
            var core = !solidBefore ? MathOperatorForm.Prefix : !solidAfter ? MathOperatorForm.Postfix : MathOperatorForm.Infix;
            var chromium = !before && after ? MathOperatorForm.Prefix : before && !after ? MathOperatorForm.Postfix : MathOperatorForm.Infix;
            return core == chromium ? core : null;
        }

        /// <summary>Whether the node's element is space-like in MathML Core's sense: text, a space, or a row of only those.</summary>
        private static bool IsSpaceLike(MathNode node) => node switch
        {
            MathAtom a => a.Variant == MathVariant.Text,
            MathSpace => true,
            MathDelimiter d => d.Delimiter.Length == 0,
            MathRow r => r.Items.All(IsSpaceLike),
            MathStyled s => IsSpaceLike(s.Body),
            _ => false,
        };

        private static bool IsOperator(MathNode node) => node switch
        {
            MathAtom a => IsOperatorAtom(a),
            MathDelimiter d => d.Delimiter.Length > 0,
            _ => false,
        };

        private static bool IsOperatorAtom(MathAtom a)
        {
            if (a.Variant == MathVariant.Text || IsNumber(a.Text)) return false;
            return a.Class switch
            {
                MathClass.Bin or MathClass.Rel or MathClass.Open or MathClass.Close or MathClass.Punct => true,
                // \sum, \int: symbols; \max, \log: names, set as identifiers.
                MathClass.Op => !a.Text.Any(char.IsLetter),
                MathClass.Ord or MathClass.Inner => a.Text.Length == 1 && !char.IsLetterOrDigit(a.Text[0]) && !LetterLike.Contains(a.Text[0]),
                _ => throw new ArgumentOutOfRangeException(nameof(a), a.Class, null),
            };
        }

        // Ordinary symbols that read as variables, not operators.
        private const string LetterLike = "∞∂∇∅ℓℏℵ";

        // Delimiters a browser's operator dictionary would stretch to the row's height; outside \left..\right they keep their size.
        private const string Stretchy = "()[]{}|‖/\\⌊⌋⌈⌉⟨⟩";

        private void Node(MathNode node, MathStyle style, int lspaceMu, int rspaceMu, MathOperatorForm? form)
        {
            switch (node)
            {
                case MathAtom atom:
                    Atom(atom, lspaceMu, rspaceMu, form);
                    break;
                case MathRow row:
                    Child(row, style);
                    break;
                case MathFraction fraction:
                    Fraction(fraction, style);
                    break;
                case MathScripts scripts:
                    Scripts(scripts, style);
                    break;
                case MathFenced fenced:
                    // Each fence has a solid neighbour when the body is not space-like or the other fence is there.
                    var solidBody = !IsSpaceLike(fenced.Body);
                    output.Append("<mrow>");
                    Fence(fenced.Left, FormOf(false, true, false, solidBody || fenced.Right.Length > 0));
                    Child(fenced.Body, style);
                    Fence(fenced.Right, FormOf(true, false, solidBody || fenced.Left.Length > 0, false));
                    output.Append("</mrow>");
                    break;
                case MathArray array:
                    Array(array, style);
                    break;
                case MathAccent accent:
                    Accent(accent, style);
                    break;
                case MathRadical radical:
                    output.Append(radical.Index is null ? "<msqrt>" : "<mroot>");
                    Child(radical.Body, style);
                    if (radical.Index is { } index)
                    {
                        Child(index, MathStyle.ScriptScript);
                        output.Append("</mroot>");
                    }
                    else
                        output.Append("</msqrt>");
                    break;
                case MathSpace space:
                    // MathML Core has no negative space; \! is set as no space.
                    output.Append("<mspace width=\"")
                        .Append(space.Em > 0 ? space.Em.ToString("0.####", CultureInfo.InvariantCulture) + "em" : "0")
                        .Append("\"/>");
                    break;
                case MathUnderOver underOver:
                    var tag = underOver switch { { Over: not null, Under: not null } => "munderover", { Under: not null } => "munder", _ => "mover" };
                    output.Append('<').Append(tag).Append('>');
                    Child(underOver.Base, style);
                    if (underOver.Under is { } under) Child(under, ScriptStyle(style));
                    if (underOver.Over is { } over) Child(over, ScriptStyle(style));
                    output.Append("</").Append(tag).Append('>');
                    break;
                case MathStyled styled:
                    output.Append("<mstyle displaystyle=\"").Append(styled.Style == MathStyle.Display ? "true" : "false")
                        .Append("\" scriptlevel=\"").Append(styled.Style switch { MathStyle.Script => 1, MathStyle.ScriptScript => 2, _ => 0 })
                        .Append("\">");
                    Child(styled.Body, styled.Style);
                    output.Append("</mstyle>");
                    break;
                case MathDelimiter delimiter:
                    if (delimiter.Delimiter.Length == 0)
                    {
                        output.Append("<mrow></mrow>");
                        break;
                    }
                    var size = delimiter.Size.ToString("0.###", CultureInfo.InvariantCulture) + "em";
                    var given = Given(delimiter.Delimiter, form);
                    output.Append("<mo");
                    if (given is not { StretchySymmetric: true }) output.Append(" stretchy=\"true\" symmetric=\"true\"");
                    output.Append(" minsize=\"").Append(size).Append("\" maxsize=\"").Append(size).Append('"');
                    Spaces(given, lspaceMu, rspaceMu);
                    output.Append('>').AppendText(delimiter.Delimiter).Append("</mo>");
                    break;
                case MathUnsupported unsupported:
                    output.Append("<merror><mtext>").AppendText(unsupported.Source).Append("</mtext></merror>");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "no MathML for this node");
            }
        }

        private void Atom(MathAtom atom, int lspaceMu, int rspaceMu, MathOperatorForm? form)
        {
            if (atom.Variant == MathVariant.Text)
            {
                // Leading and trailing spaces of \text{ ... } are kept as no-break spaces; HTML would drop them.
                var text = atom.Text;
                var start = text.Length - text.TrimStart(' ').Length;
                var end = text.Length - text.TrimEnd(' ').Length;
                output.Append("<mtext>").Append('\u00A0', start).AppendText(text.Trim(' ')).Append('\u00A0', end).Append("</mtext>");
                return;
            }
            if (IsNumber(atom.Text))
            {
                output.Append("<mn>").AppendText(atom.Variant is MathVariant.Bold or MathVariant.Sans or MathVariant.Mono
                    ? MathAlphabets.Map(atom.Text, atom.Variant) : atom.Text).Append("</mn>");
                return;
            }
            if (IsOperatorAtom(atom))
            {
                var given = Given(atom.Text, form);
                output.Append("<mo");
                Spaces(given, lspaceMu, rspaceMu);
                // A bracket that would stretch says it does not, unless the dictionary already says so (a slash).
                if (atom.Text.Length == 1 && Stretchy.Contains(atom.Text[0]) && given is not { StretchySymmetric: false })
                    output.Append(" stretchy=\"false\"");
                if (atom.Class == MathClass.Op && !atom.Limits) output.Append(" movablelimits=\"false\"");
                output.Append('>').AppendText(atom.Text).Append("</mo>");
                return;
            }
            var single = atom.Text.EnumerateRunes().Count() == 1;
            switch (atom.Variant)
            {
                case MathVariant.Italic when single:
                    output.Append("<mi>").AppendText(atom.Text).Append("</mi>");
                    break;
                case MathVariant.Upright or MathVariant.Symbol when single:
                    output.Append(ItalicByDefault(atom.Text) ? "<mi mathvariant=\"normal\">" : "<mi>").AppendText(atom.Text).Append("</mi>");
                    break;
                case MathVariant.Upright or MathVariant.Symbol:
                    output.Append("<mi>").AppendText(atom.Text).Append("</mi>");
                    break;
                default:
                    // A mapped single letter is no longer a Latin letter, so a browser does not italicise it again.
                    var mapped = MathAlphabets.Map(atom.Text, atom.Variant);
                    output.Append(mapped.EnumerateRunes().Count() == 1 && mapped == atom.Text && ItalicByDefault(mapped) ? "<mi mathvariant=\"normal\">" : "<mi>")
                        .AppendText(mapped).Append("</mi>");
                    break;
            }
        }

        /// <summary>What the operator dictionary gives the operator in its form, when both are known.</summary>
        private static MathOperatorDefaults.Entry? Given(string text, MathOperatorForm? form) =>
            form is { } f ? MathOperatorDefaults.Of(text, f) : null;

        /// <summary>The spaces around an operator, each only where it differs from what the dictionary gives.</summary>
        private void Spaces(MathOperatorDefaults.Entry? given, int lspaceMu, int rspaceMu)
        {
            if (given?.LeftMu != lspaceMu) output.Append(" lspace=\"").Append(MuToEm[lspaceMu]).Append('"');
            if (given?.RightMu != rspaceMu) output.Append(" rspace=\"").Append(MuToEm[rspaceMu]).Append('"');
        }

        /// <summary>A fence that stretches to the row it closes, without space on either side.</summary>
        private void Fence(string delimiter, MathOperatorForm? form)
        {
            if (delimiter.Length == 0) return;
            var given = Given(delimiter, form);
            output.Append(given is { StretchySymmetric: true } ? "<mo" : "<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\"");
            Spaces(given, 0, 0);
            output.Append('>').AppendText(delimiter).Append("</mo>");
        }

        private void Fraction(MathFraction fraction, MathStyle style)
        {
            // \dfrac in text and \tfrac in display change the style for the fraction: an mstyle around it, which
            // every MathML validator accepts (displaystyle on mfrac itself is MathML Core only).
            // An inline fraction with exponents is set as \dfrac, as the PDF sets it (InlineFractions).
            var own = fraction.Style ?? (style == MathStyle.Text && InlineFractions.FullSize(fraction) ? MathStyle.Display : null);
            var forced = own is { } f && IsDisplay(f) != IsDisplay(style);
            if (forced) output.Append("<mstyle displaystyle=\"").Append(IsDisplay(own!.Value) ? "true" : "false").Append("\">");
            output.Append(fraction.HasRule ? "<mfrac>" : "<mfrac linethickness=\"0\">");
            var inner = FractionPartStyle(own ?? style);
            Child(fraction.Numerator, inner);
            Child(fraction.Denominator, inner);
            output.Append("</mfrac>");
            if (forced) output.Append("</mstyle>");
        }

        private void Scripts(MathScripts scripts, MathStyle style)
        {
            if (scripts.Superscript is { } primes && IsPrimes(primes))
            {
                // A prime glyph is already raised; as a superscript a browser raises it twice. Set y′ as y
                // followed by its prime; with a subscript, as the PDF does, the prime is the superscript, lowered
                // back by the height the glyph has of its own, and the subscript stands under it (y′₁).
                if (scripts.Subscript is { } subscript)
                {
                    output.Append("<msubsup>");
                    Child(scripts.Base, style);
                    Child(subscript, ScriptStyle(style));
                    output.Append("<mpadded voffset=\"-0.35em\">");
                    foreach (var prime in Atoms(primes)) output.Append("<mo lspace=\"0\" rspace=\"0\">").AppendText(prime.Text).Append("</mo>");
                    output.Append("</mpadded></msubsup>");
                    return;
                }
                output.Append("<mrow>");
                Child(scripts.Base, style);
                var marks = Atoms(primes);
                for (var k = 0; k < marks.Count; k++)
                {
                    var given = Given(marks[k].Text, FormOf(true, k < marks.Count - 1, k > 0 || !IsSpaceLike(scripts.Base), k < marks.Count - 1));
                    output.Append("<mo");
                    Spaces(given, 0, 0);
                    output.Append('>').AppendText(marks[k].Text).Append("</mo>");
                }
                output.Append("</mrow>");
                return;
            }
            var limits = style == MathStyle.Display && Nucleus(scripts.Base) is MathAtom { Limits: true };
            var (tag, bothTag) = limits ? ("munder", "munderover") : ("msub", "msubsup");
            var name = scripts switch
            {
                { Subscript: not null, Superscript: not null } => bothTag,
                { Subscript: not null } => tag,
                _ => limits ? "mover" : "msup",
            };
            output.Append('<').Append(name).Append('>');
            Child(scripts.Base, style);
            if (scripts.Subscript is { } sub) Child(sub, ScriptStyle(style));
            if (scripts.Superscript is { } sup) Child(sup, ScriptStyle(style));
            output.Append("</").Append(name).Append('>');
        }

        private static bool IsPrimes(MathNode node) => Atoms(node) is { Count: > 0 } atoms && atoms.All(a => a.Text is "′" or "″" or "‴");

        private static List<MathAtom> Atoms(MathNode node) => node switch
        {
            MathAtom atom => [atom],
            MathRow row when row.Items.All(i => i is MathAtom) => [.. row.Items.Cast<MathAtom>()],
            _ => [],
        };

        private static MathNode Nucleus(MathNode node) => node is MathRow { Items.Length: 1 } row ? Nucleus(row.Items[0]) : node;

        private void Array(MathArray array, MathStyle style)
        {
            var (left, right) = MathArrayConventions.Delimiters(array.Kind);
            var delimited = left.Length > 0 || right.Length > 0;
            if (delimited)
            {
                output.Append("<mrow>");
                Fence(left, FormOf(false, true, false, true));
            }
            var aligned = array.Kind == MathArrayKind.Aligned;
            var cellStyle = aligned && style == MathStyle.Display ? MathStyle.Display
                : style == MathStyle.Display ? MathStyle.Text : style;
            output.Append("<mtable>");
            var columns = array.ColumnCount;
            foreach (var row in array.Rows)
            {
                output.Append("<mtr>");
                for (var c = 0; c < columns; c++)
                {
                    var cell = c < row.Length ? row[c] : MathRow.Empty;
                    if (style == MathStyle.Display && !aligned) cell = MathArrayConventions.FullSizeFractions(cell);
                    cell = MathArrayConventions.Cell(array.Kind, c, cell);
                    output.Append("<mtd class=\"").Append(CellClass(array, c)).Append("\">");
                    if (cellStyle == MathStyle.Display) output.Append("<mstyle displaystyle=\"true\">");
                    Child(cell, cellStyle);
                    if (cellStyle == MathStyle.Display) output.Append("</mstyle>");
                    output.Append("</mtd>");
                }
                output.Append("</mtr>");
            }
            output.Append("</mtable>");
            if (delimited)
            {
                Fence(right, FormOf(true, false, true, false));
                output.Append("</mrow>");
            }
        }

        /// <summary>
        /// The cell's alignment as a class the page's style sheet defines (<see cref="CellClasses"/>): Chromium
        /// does not right-align a MathML cell with a plain <c>text-align:right</c>, so the rule needs two declarations.
        /// </summary>
        private static string CellClass(MathArray array, int column)
        {
            var align = MathArrayConventions.Alignment(array, column);
            // Aligned pairs meet at the relation: no padding between a left side and its right side.
            return array.Kind == MathArrayKind.Aligned ? (align == 'r' ? "ar" : "al") : align.ToString();
        }

        private void Accent(MathAccent accent, MathStyle style)
        {
            var under = accent.Kind == MathAccentKind.Underline;
            var wide = Nucleus(accent.Base) is not MathAtom;
            output.Append(under ? "<munder accentunder=\"true\">" : "<mover accent=\"true\">");
            Child(accent.Base, style);
            var mark = accent.Kind switch
            {
                MathAccentKind.Hat => "^",
                MathAccentKind.Bar => "‾",
                MathAccentKind.Tilde => "~",
                MathAccentKind.Vector => "→",
                MathAccentKind.Dot => "˙",
                MathAccentKind.DoubleDot => "¨",
                MathAccentKind.Underline => "_",
                _ => throw new ArgumentOutOfRangeException(nameof(accent), accent.Kind, null),
            };
            output.Append("<mo stretchy=\"").Append(wide ? "true" : "false").Append("\">").AppendText(mark).Append("</mo>");
            output.Append(under ? "</munder>" : "</mover>");
        }

        /// <summary>
        /// Whether a browser sets this one-character identifier in italic unless told otherwise: MathML Core italicises
        /// only the characters that have a mathematical italic form (Latin and Greek letters, dotless i and j, ∂ and ∇),
        /// so ℝ or ℒ need no <c>mathvariant="normal"</c>.
        /// </summary>
        private static bool ItalicByDefault(string single) => single.Length == 1 && single[0] switch
        {
            >= 'A' and <= 'Z' or >= 'a' and <= 'z' => true,
            >= 'Α' and <= 'Ω' or >= 'α' and <= 'ω' => true,
            'ı' or 'ȷ' or '∂' or '∇' or 'ϴ' or 'ϵ' or 'ϑ' or 'ϰ' or 'ϕ' or 'ϱ' or 'ϖ' => true,
            _ => false,
        };

        private static bool IsNumber(string text)
        {
            if (text.Length == 0 || !char.IsAsciiDigit(text[0])) return false;
            foreach (var c in text)
                if (!char.IsAsciiDigit(c) && c != '.') return false;
            return true;
        }

        private static bool IsDisplay(MathStyle style) => style == MathStyle.Display;

        private static MathStyle ScriptStyle(MathStyle style) => style is MathStyle.Display or MathStyle.Text ? MathStyle.Script : MathStyle.ScriptScript;

        private static MathStyle FractionPartStyle(MathStyle style) => style switch
        {
            MathStyle.Display => MathStyle.Text,
            MathStyle.Text => MathStyle.Script,
            _ => MathStyle.ScriptScript,
        };
    }
}
