using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DeepExam.Documents.Math;

namespace DeepExam.Html;

/// <summary>
/// Writes a parsed formula as MathML Core, which current browsers render natively: no script, no web font
/// request. Only MathML Core elements and attributes are written (no <c>mfenced</c>, <c>menclose</c> or
/// <c>columnalign</c>): fences are stretchy operators in a row, column alignment is CSS on the cells.
/// Spacing follows TeX's classes (<see cref="MathAtomClasses"/>) and is written on each operator, so a browser's
/// operator dictionary cannot add its own: a unary minus gets no binary space, as in the PDF.
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
                Items(row.Items, style);
                output.Append("</mrow>");
            }
            else if (node is MathRow single)
                Child(single.Items[0], style);
            else
                Items([node], style);
        }

        /// <summary>The items of a row, each spaced from its neighbours as TeX spaces them.</summary>
        private void Items(ImmutableArray<MathNode> items, MathStyle style)
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
                    Node(items[i], style, 0, 0);
                    continue;
                }
                var next = i + 1;
                while (next < items.Length && classes[next] is null) next++;
                if (IsOperator(items[i]))
                {
                    // The operator carries the spaces on both sides; the next item must not add its own.
                    var after = next < items.Length ? gaps[next] : 0;
                    if (next < items.Length) gaps[next] = 0;
                    Node(items[i], style, gaps[i], after);
                }
                else
                {
                    if (gaps[i] > 0) output.Append("<mspace width=\"").Append(MuToEm[gaps[i]]).Append("\"/>");
                    Node(items[i], style, 0, 0);
                }
            }
        }

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

        private void Node(MathNode node, MathStyle style, int lspaceMu, int rspaceMu)
        {
            switch (node)
            {
                case MathAtom atom:
                    Atom(atom, lspaceMu, rspaceMu);
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
                    output.Append("<mrow>");
                    Fence(fenced.Left);
                    Child(fenced.Body, style);
                    Fence(fenced.Right);
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
                    output.Append("<mo stretchy=\"true\" symmetric=\"true\" minsize=\"").Append(size).Append("\" maxsize=\"").Append(size).Append('"');
                    Spaces(lspaceMu, rspaceMu);
                    output.Append('>').AppendText(delimiter.Delimiter).Append("</mo>");
                    break;
                case MathUnsupported unsupported:
                    output.Append("<merror><mtext>").AppendText(unsupported.Source).Append("</mtext></merror>");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "no MathML for this node");
            }
        }

        private void Atom(MathAtom atom, int lspaceMu, int rspaceMu)
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
                output.Append("<mo");
                Spaces(lspaceMu, rspaceMu);
                if (atom.Text.Length == 1 && Stretchy.Contains(atom.Text[0])) output.Append(" stretchy=\"false\"");
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
                    output.Append("<mi mathvariant=\"normal\">").AppendText(atom.Text).Append("</mi>");
                    break;
                case MathVariant.Upright or MathVariant.Symbol:
                    output.Append("<mi>").AppendText(atom.Text).Append("</mi>");
                    break;
                default:
                    // A mapped single letter is no longer a Latin letter, so a browser does not italicise it again.
                    var mapped = MathAlphabets.Map(atom.Text, atom.Variant);
                    output.Append(mapped.EnumerateRunes().Count() == 1 && mapped == atom.Text ? "<mi mathvariant=\"normal\">" : "<mi>")
                        .AppendText(mapped).Append("</mi>");
                    break;
            }
        }

        private void Spaces(int lspaceMu, int rspaceMu) =>
            output.Append(" lspace=\"").Append(MuToEm[lspaceMu]).Append("\" rspace=\"").Append(MuToEm[rspaceMu]).Append('"');

        private void Fence(string delimiter)
        {
            if (delimiter.Length == 0) return;
            output.Append("<mo fence=\"true\" stretchy=\"true\" symmetric=\"true\" lspace=\"0\" rspace=\"0\">").AppendText(delimiter).Append("</mo>");
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
                foreach (var prime in Atoms(primes)) output.Append("<mo lspace=\"0\" rspace=\"0\">").AppendText(prime.Text).Append("</mo>");
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
                Fence(left);
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
                Fence(right);
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
