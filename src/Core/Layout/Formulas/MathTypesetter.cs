using System.Collections.Immutable;
using DeepExam.Documents.Math;
using static System.Math;

namespace DeepExam.Layout.Formulas;

/// <summary>
/// Turns a <see cref="MathNode"/> tree into a <see cref="MathBox"/>, following TeX's rules where they
/// matter for exam formulas: atom spacing by class, fractions on the math axis, script shifts,
/// limits on large display operators, delimiters grown to their contents, matrices centred on the
/// axis with right-aligned entries. Sizes are in points; <see cref="BaseSize"/> is the text size.
/// Immutable, so one typesetter may be shared between threads.
/// </summary>
public sealed class MathTypesetter(ITextMeasurer measurer, double baseSize)
{
    /// <summary>Height of the math axis (the middle of a minus sign, where fraction bars sit) in ems.</summary>
    public const double AxisHeight = 0.27;

    private const double ScriptScale = 0.72;
    private const double ScriptScriptScale = 0.55;

    public double BaseSize => baseSize;

    public ITextMeasurer Measurer => measurer;

    public MathBox Typeset(MathNode node, MathStyle style) => node switch
    {
        MathAtom a => Atom(a, style),
        MathRow r => Row(r.Items, style),
        MathFraction f => Fraction(f, style),
        MathScripts s => Scripts(s, style),
        MathFenced f => Fenced(f, style),
        MathDelimiter d => Delimiters.Draw(d.Delimiter, d.Size * Size(style), Size(style), Color.Black, this),
        MathArray a => Matrix(a, style),
        MathSpace s => MathBox.Empty(s.Em * Size(style)),
        MathAccent a => Accent(a, style),
        MathRadical r => Radical(r, style),
        MathUnderOver u => UnderOver(u, style),
        MathStyled s => Typeset(s.Body, s.Style),
        MathUnsupported u => Unsupported(u, style),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "unknown math node"),
    };

    /// <summary>
    /// A top-level formula cut into pieces before its relations and binary operators, the places it may
    /// break: never after a relation or an opening bracket, and never inside brackets (a shape such as
    /// <c>[C, H, W]</c> or a bracketed sum stays whole). A run of relations (<c>:=</c>) is one place.
    /// Set side by side with their <see cref="MathChunk.GapBefore"/>, the pieces are the formula typeset whole.
    /// </summary>
    public ImmutableArray<MathChunk> TypesetBreakable(MathNode node, MathStyle style)
    {
        if (node is not MathRow { IsGroup: false, Items.Length: > 1 } row) return [new MathChunk(Typeset(node, style), 0, false)];
        var chunks = ImmutableArray.CreateBuilder<MathChunk>();
        var classes = MathAtomClasses.Of(row.Items);
        var children = ImmutableArray.CreateBuilder<PlacedMathBox>();
        double x = 0, chunkStart = 0, ascent = 0, descent = 0, gapBefore = 0;
        var startsAtRelation = false;
        MathClass? previous = null;
        var depth = 0;
        for (var i = 0; i < row.Items.Length; i++)
        {
            var item = row.Items[i];
            if (item is MathSpace space) { x += space.Em * Size(style); continue; }
            var cls = classes[i]!.Value;
            var gap = previous is { } p ? Spacing(p, cls, style) + ItalicCorrection(row.Items, i, style) : 0;
            if (depth == 0 && children.Count > 0 && cls is MathClass.Rel or MathClass.Bin && previous is not (MathClass.Rel or MathClass.Bin or MathClass.Open or MathClass.Punct))
            {
                chunks.Add(new MathChunk(new MathBox(x - chunkStart, ascent, descent, [], children.ToImmutable()), gapBefore, startsAtRelation));
                children.Clear();
                chunkStart = x + gap;
                gapBefore = gap;
                startsAtRelation = cls == MathClass.Rel;
                ascent = descent = 0;
            }
            x += gap;
            var box = Typeset(item, style);
            children.Add(new PlacedMathBox(x - chunkStart, 0, box));
            x += box.Width;
            ascent = Max(ascent, box.Ascent);
            descent = Max(descent, box.Descent);
            previous = cls;
            if (cls == MathClass.Open) depth++;
            else if (cls == MathClass.Close && depth > 0) depth--;
        }
        chunks.Add(new MathChunk(new MathBox(x - chunkStart, ascent, descent, [], children.ToImmutable()), gapBefore, startsAtRelation));
        return chunks.ToImmutable();
    }

    public double Size(MathStyle style) => style switch
    {
        MathStyle.Script => baseSize * ScriptScale,
        MathStyle.ScriptScript => baseSize * ScriptScriptScale,
        _ => baseSize,
    };

    public static FontFace FaceOf(MathVariant variant) => variant switch
    {
        MathVariant.Italic => FontFace.SerifItalic,
        MathVariant.Bold => FontFace.SerifBold,
        MathVariant.BoldItalic => FontFace.SerifBoldItalic,
        MathVariant.Sans or MathVariant.Symbol => FontFace.Sans,
        MathVariant.Mono => FontFace.Mono,
        _ => FontFace.Serif,
    };

    private static MathStyle ScriptOf(MathStyle style) => style is MathStyle.Display or MathStyle.Text ? MathStyle.Script : MathStyle.ScriptScript;

    private static MathStyle FractionPartOf(MathStyle style) => style switch
    {
        MathStyle.Display => MathStyle.Text,
        MathStyle.Text => MathStyle.Script,
        _ => MathStyle.ScriptScript,
    };

    private static bool IsLargeOperator(MathAtom a) => a.Class == MathClass.Op && a.Text.Length == 1;

    private MathBox Atom(MathAtom a, MathStyle style)
    {
        var em = Size(style);
        var size = em;
        if (IsLargeOperator(a))
            size = em * (style == MathStyle.Display ? (a.Text[0] is '∫' or '∬' or '∭' or '∮' ? 1.8 : 1.5) : style == MathStyle.Text ? 1.15 : 1.0);
        var font = new TextFont(FaceOf(a.Variant), size);
        var width = measurer.Width(a.Text, font);
        var (h, d) = GlyphExtents.Of(a.Text);
        var ascent = h * size;
        var descent = d * size;
        var baseline = 0.0;
        if (size != em)
        {
            // A large operator is centred on the axis, not sat on the baseline.
            var centre = (ascent - descent) / 2;
            baseline = centre - AxisHeight * em;
            ascent -= baseline;
            descent += baseline;
        }
        var op = new TextOp(0, baseline, a.Text, font, Color.Black, width, ascent + baseline, descent - baseline);
        return new MathBox(width, ascent, descent, [op], []);
    }

    private MathBox Unsupported(MathUnsupported u, MathStyle style)
    {
        var font = new TextFont(FontFace.Mono, Size(style) * 0.9);
        var width = measurer.Width(u.Source, font);
        var ascent = Size(style) * GlyphExtents.CapHeight;
        var descent = Size(style) * 0.2;
        return new MathBox(width, ascent, descent, [new TextOp(0, 0, u.Source, font, Color.Error, width, ascent, descent)], []);
    }

    private MathBox Row(ImmutableArray<MathNode> items, MathStyle style)
    {
        if (items.Length == 1 && items[0] is not MathSpace) return Typeset(items[0], style);
        var classes = MathAtomClasses.Of(items);
        var children = ImmutableArray.CreateBuilder<PlacedMathBox>(items.Length);
        double x = 0, ascent = 0, descent = 0;
        MathClass? previous = null;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is MathSpace space) { x += space.Em * Size(style); continue; }
            var cls = classes[i]!.Value;
            if (previous is { } p) x += Spacing(p, cls, style) + ItalicCorrection(items, i, style);
            var box = Typeset(items[i], style);
            children.Add(new PlacedMathBox(x, 0, box));
            x += box.Width;
            ascent = Max(ascent, box.Ascent);
            descent = Max(descent, box.Descent);
            previous = cls;
        }
        return new MathBox(Max(x, 0), ascent, descent, [], children.ToImmutable());
    }

    private double Spacing(MathClass left, MathClass right, MathStyle style) =>
        MathAtomClasses.SpacingMu(left, right, style) / 18.0 * Size(style);

    /// <summary>
    /// TeX's italic correction where an italic letter meets an opening bracket, f(x) and σ(z): the letter leans
    /// over its right edge, and without the correction the top of an f touches the bracket. In ems of the letter,
    /// close to DejaVu Serif Italic's overhang; letters that do not lean past their edge get none.
    /// </summary>
    private double ItalicCorrection(ImmutableArray<MathNode> items, int i, MathStyle style)
    {
        if (i == 0 || !OpensBracket(items[i])) return 0;
        var j = i - 1;
        while (j > 0 && items[j] is MathSpace) j--;
        if (items[j] is not MathAtom { Variant: MathVariant.Italic or MathVariant.BoldItalic, Text: [var letter] }) return 0;
        return ItalicOverhang(letter) * Size(style);
    }

    private static bool OpensBracket(MathNode node) => node switch
    {
        MathAtom { Class: MathClass.Open } => true,
        MathFenced => true,
        MathScripts s => OpensBracket(s.Base),
        _ => false,
    };

    /// <summary>How far an italic letter's ink leans past its advance, in ems (TeX's cmmi values, scaled to DejaVu's wider italic).</summary>
    public static double ItalicOverhang(char letter) => letter switch
    {
        'f' => 0.11,
        'j' or 'J' => 0.05,
        'T' or 'V' or 'W' or 'Y' or 'F' or 'P' or 'H' or 'I' or 'K' or 'M' or 'N' or 'U' or 'X' or 'Z' => 0.04,
        'g' or 'y' or 'v' or 'w' or 'σ' or 'γ' or 'τ' or 'ν' or 'ψ' or 'φ' or 'ϕ' => 0.03,
        _ => 0,
    };

    private MathBox Fraction(MathFraction f, MathStyle style)
    {
        var outer = f.Style ?? (style == MathStyle.Text && InlineFractions.FullSize(f) ? MathStyle.Display : style);
        var inner = FractionPartOf(outer);
        var em = Size(outer);
        var num = Typeset(f.Numerator, inner);
        var den = Typeset(f.Denominator, inner);
        var rule = f.HasRule ? RuleThickness(em) : 0;
        var axis = AxisHeight * em;
        // A \dfrac inside text (or a matrix entry) has full-size parts but keeps the text style's
        // compact shifts, so it does not force the line (or row) open.
        var display = outer == MathStyle.Display && style == MathStyle.Display;
        var gap = (display ? 0.15 : 0.09) * em;
        var numShift = Max(display ? 0.68 * em : 0.42 * em, axis + rule / 2 + gap + num.Descent);
        var denShift = Max(display ? 0.69 * em : 0.36 * em, den.Ascent + gap + rule / 2 - axis);
        var pad = 0.1 * em;
        var width = Max(num.Width, den.Width) + 2 * pad;
        ImmutableArray<DrawOp> ops = f.HasRule
            ? [new LineOp(new Point(pad * 0.4, -axis), new Point(width - pad * 0.4, -axis), rule, Color.Black)]
            : [];
        return new MathBox(width, numShift + num.Ascent, denShift + den.Descent, ops,
            [new PlacedMathBox((width - num.Width) / 2, -numShift, num), new PlacedMathBox((width - den.Width) / 2, denShift, den)]);
    }

    /// <summary>Fraction bars and overlines: thin but never hairlines.</summary>
    public static double RuleThickness(double em) => Max(0.045 * em, 0.4);

    private MathBox Scripts(MathScripts s, MathStyle style)
    {
        var nucleus = Typeset(s.Base, style);
        var em = Size(style);
        var scriptStyle = ScriptOf(style);
        // The Unicode prime (U+2032) is drawn raised already, where TeX's \prime is made to be a
        // superscript: primes keep the base's size and sit on its baseline, or they float off small.
        var primes = IsPrimes(s.Superscript);
        var sup = s.Superscript is null ? null : Typeset(s.Superscript, primes ? style : scriptStyle);
        var sub = s.Subscript is null ? null : Typeset(s.Subscript, scriptStyle);

        if (OperatorOf(s.Base) is { Limits: true } && style == MathStyle.Display)
            return Limits(nucleus, sup, sub, em);

        // TeX's rules (Appendix G, 18a-18f) with DejaVu-like parameters.
        var isCharacter = s.Base is MathAtom { Text.Length: <= 2 } && OperatorOf(s.Base) is null;
        var scriptEm = Size(scriptStyle);
        var u = isCharacter ? 0 : nucleus.Ascent - 0.39 * scriptEm;
        var v = isCharacter ? 0 : nucleus.Descent + 0.05 * scriptEm;
        var xHeight = GlyphExtents.XHeight * em;
        var children = ImmutableArray.CreateBuilder<PlacedMathBox>(3);
        children.Add(new PlacedMathBox(0, 0, nucleus));
        var italic = s.Base is MathAtom { Variant: MathVariant.Italic or MathVariant.BoldItalic } ? 0.06 * em : 0;
        double ascent = nucleus.Ascent, descent = nucleus.Descent, width = nucleus.Width;
        if (sup is not null && !primes)
            u = Max(u, Max(style == MathStyle.Display ? 0.41 * em : 0.36 * em, sup.Descent + xHeight / 4));
        if (primes) u = 0;
        if (sub is not null && (sup is null || primes))
            v = Max(v, Max(0.15 * em, sub.Ascent - 0.8 * xHeight));
        // A subscript under a prime clears the prime's ink (its negative depth is how high that starts).
        if (sub is not null && sup is not null && primes)
            v = Max(v, sub.Ascent + sup.Descent + 2 * RuleThickness(em));
        if (sub is not null && sup is not null && !primes)
        {
            v = Max(v, 0.25 * em);
            var gap = (u - sup.Descent) - (sub.Ascent - v);
            var minGap = 4 * RuleThickness(em);
            if (gap < minGap)
            {
                v += minGap - gap;
                var psi = 0.8 * xHeight - (u - sup.Descent);
                if (psi > 0) { u += psi; v -= psi; }
            }
        }
        var scriptSpace = 0.05 * em;
        if (sup is not null)
        {
            children.Add(new PlacedMathBox(nucleus.Width + italic, -u, sup));
            ascent = Max(ascent, u + sup.Ascent);
            descent = Max(descent, sup.Descent - u);
            width = Max(width, nucleus.Width + italic + sup.Width + scriptSpace);
        }
        if (sub is not null)
        {
            // Under the prime, as TeX sets y'_1 (y^{\prime}_1): the prime's ink is high in its line, the subscript's low.
            var x = nucleus.Width;
            children.Add(new PlacedMathBox(x, v, sub));
            ascent = Max(ascent, sub.Ascent - v);
            descent = Max(descent, v + sub.Descent);
            width = Max(width, x + sub.Width + scriptSpace);
        }
        return new MathBox(width, ascent, descent, [], children.ToImmutable());
    }

    private static MathAtom? OperatorOf(MathNode node) => node switch
    {
        MathAtom { Class: MathClass.Op } a => a,
        MathRow { Items.Length: 1 } r => OperatorOf(r.Items[0]),
        _ => null,
    };

    /// <summary>Scripts of a large display operator, centred above and below it.</summary>
    private static bool IsPrimes(MathNode? node) => node switch
    {
        MathAtom { Text: "′" or "″" or "‴" } => true,
        MathRow row => row.Items.Length > 0 && row.Items.All(IsPrimes),
        _ => false,
    };

    private static MathBox Limits(MathBox nucleus, MathBox? sup, MathBox? sub, double em)
    {
        var width = Max(nucleus.Width, Max(sup?.Width ?? 0, sub?.Width ?? 0));
        var children = ImmutableArray.CreateBuilder<PlacedMathBox>(3);
        children.Add(new PlacedMathBox((width - nucleus.Width) / 2, 0, nucleus));
        double ascent = nucleus.Ascent, descent = nucleus.Descent;
        if (sup is not null)
        {
            var shift = nucleus.Ascent + Max(0.11 * em, 0.2 * em - sup.Descent) + sup.Descent;
            children.Add(new PlacedMathBox((width - sup.Width) / 2, -shift, sup));
            ascent = shift + sup.Ascent + 0.1 * em;
        }
        if (sub is not null)
        {
            var shift = nucleus.Descent + Max(0.17 * em, 0.6 * em - sub.Ascent) + sub.Ascent;
            children.Add(new PlacedMathBox((width - sub.Width) / 2, shift, sub));
            descent = shift + sub.Descent + 0.1 * em;
        }
        return new MathBox(width, ascent, descent, [], children.ToImmutable());
    }

    private MathBox Fenced(MathFenced f, MathStyle style)
    {
        var body = Typeset(f.Body, style);
        var em = Size(style);
        return Enclose(body, f.Left, f.Right, em, 0, 0.12 * em);
    }

    /// <summary>Puts delimiters grown to cover <paramref name="body"/> (centred on the axis, reaching <paramref name="overhang"/> beyond it in all) on either side of it.</summary>
    private MathBox Enclose(MathBox body, string left, string right, double em, double padding, double overhang)
    {
        var axis = AxisHeight * em;
        var half = Max(body.Ascent - axis, body.Descent + axis);
        var total = Max(2 * half + overhang, em);
        var l = Delimiters.Draw(left, total, em, Color.Black, this);
        var r = Delimiters.Draw(right, total, em, Color.Black, this);
        var x = l.Width + (left.Length > 0 ? padding : 0);
        var width = x + body.Width + (right.Length > 0 ? padding : 0) + r.Width;
        return new MathBox(width, Max(body.Ascent, Max(l.Ascent, r.Ascent)), Max(body.Descent, Max(l.Descent, r.Descent)), [],
            [new PlacedMathBox(0, 0, l), new PlacedMathBox(x, 0, body), new PlacedMathBox(width - r.Width, 0, r)]);
    }

    private MathBox Matrix(MathArray a, MathStyle style)
    {
        var em = Size(style);
        var cellStyle = a.Kind == MathArrayKind.Aligned && style == MathStyle.Display ? MathStyle.Display
            : style == MathStyle.Display ? MathStyle.Text : style;
        var columns = a.ColumnCount;
        var rows = a.Rows.Length;
        var boxes = new MathBox[rows][];
        var widths = new double[columns];
        var ascents = new double[rows];
        var descents = new double[rows];
        // A strut: every row is at least a line of text tall, so rows of plain numbers are evenly spaced.
        var strutAscent = 0.8 * Size(cellStyle);
        var strutDescent = 0.3 * Size(cellStyle);
        for (var r = 0; r < rows; r++)
        {
            boxes[r] = new MathBox[columns];
            ascents[r] = strutAscent;
            descents[r] = strutDescent;
            for (var c = 0; c < columns; c++)
            {
                var cell = c < a.Rows[r].Length ? a.Rows[r][c] : MathRow.Empty;
                if (style == MathStyle.Display) cell = MathArrayConventions.FullSizeFractions(cell);
                cell = MathArrayConventions.Cell(a.Kind, c, cell);
                var box = Typeset(cell, cellStyle);
                boxes[r][c] = box;
                widths[c] = Max(widths[c], box.Width);
                ascents[r] = Max(ascents[r], box.Ascent);
                descents[r] = Max(descents[r], box.Descent);
            }
        }
        var baseGap = (a.Kind == MathArrayKind.Aligned ? 0.3 : 0.25) * em;
        // Rows taller than a line of text (fractions) get more air, or their digits seem to touch: between them, and
        // between a fraction in the first or last row and the end of the brackets.
        var gaps = new double[rows];
        for (var r = 1; r < rows; r++)
            gaps[r] = baseGap + (ascents[r] > strutAscent + 0.01 || descents[r - 1] > strutDescent + 0.01 ? TallRowAir * em : 0);
        var tallEnds = rows > 0 && a.Kind != MathArrayKind.Aligned;
        var airAbove = tallEnds && ascents[0] > strutAscent + 0.01 ? TallRowAir / 2 * em : 0;
        var airBelow = tallEnds && descents[rows - 1] > strutDescent + 0.01 ? TallRowAir / 2 * em : 0;
        var height = airAbove + airBelow;
        for (var r = 0; r < rows; r++) height += ascents[r] + descents[r] + gaps[r];

        var axis = AxisHeight * em;
        var top = -(axis + height / 2);
        var children = ImmutableArray.CreateBuilder<PlacedMathBox>(rows * columns);
        var y = top + airAbove;
        for (var r = 0; r < rows; r++)
        {
            y += gaps[r];
            var baseline = y + ascents[r];
            var x = 0.0;
            for (var c = 0; c < columns; c++)
            {
                if (c > 0) x += ColumnGap(a.Kind, c, em);
                var box = boxes[r][c];
                var align = MathArrayConventions.Alignment(a, c);
                var dx = align == 'r' ? widths[c] - box.Width : align == 'c' ? (widths[c] - box.Width) / 2 : 0;
                children.Add(new PlacedMathBox(x + dx, baseline, box));
                x += widths[c];
            }
            y = baseline + descents[r];
        }
        var totalWidth = 0.0;
        for (var c = 0; c < columns; c++) totalWidth += widths[c] + (c > 0 ? ColumnGap(a.Kind, c, em) : 0);
        var body = new MathBox(totalWidth, -top, height + top, [], children.ToImmutable());

        var (left, right) = MathArrayConventions.Delimiters(a.Kind);
        return left.Length == 0 && right.Length == 0 ? body : Enclose(body, left, right, em, 0.1 * em, 0.3 * em);
    }

    /// <summary>The extra space, in ems, between matrix rows when one holds a fraction (half of it at a bracketed end).</summary>
    public const double TallRowAir = 0.3;

    private static double ColumnGap(MathArrayKind kind, int column, double em) => kind switch
    {
        MathArrayKind.Aligned => column % 2 == 1 ? 0 : 1.5 * em,
        MathArrayKind.Cases => 1.0 * em,
        _ => 0.9 * em,
    };

    private MathBox Accent(MathAccent a, MathStyle style)
    {
        var nucleus = Typeset(a.Base, style);
        var em = Size(style);
        var rule = RuleThickness(em);
        var skew = a.Base is MathAtom { Variant: MathVariant.Italic } ? 0.08 * em : 0;
        var centre = nucleus.Width / 2 + skew;
        var top = -(Max(nucleus.Ascent, GlyphExtents.XHeight * em) + 0.08 * em);
        var ops = ImmutableArray.CreateBuilder<DrawOp>();
        double extra;
        switch (a.Kind)
        {
            case MathAccentKind.Bar:
                ops.Add(new LineOp(new Point(skew + 0.03 * em, top - rule / 2), new Point(nucleus.Width + skew * 0.5, top - rule / 2), rule, Color.Black));
                extra = 0.08 * em + rule;
                break;
            case MathAccentKind.Hat:
            {
                var half = Clamp(nucleus.Width * 0.45, 0.18 * em, 0.6 * em);
                ops.Add(new LineOp(new Point(centre - half, top), new Point(centre, top - 0.16 * em), rule, Color.Black));
                ops.Add(new LineOp(new Point(centre, top - 0.16 * em), new Point(centre + half, top), rule, Color.Black));
                extra = 0.26 * em;
                break;
            }
            case MathAccentKind.Tilde:
            {
                var half = Clamp(nucleus.Width * 0.45, 0.2 * em, 0.6 * em);
                ops.Add(new CurveOp(new Point(centre - half, top - 0.03 * em), new Point(centre - half / 3, top - 0.22 * em),
                    new Point(centre + half / 3, top + 0.08 * em), new Point(centre + half, top - 0.13 * em), rule * 1.2, Color.Black));
                extra = 0.24 * em;
                break;
            }
            case MathAccentKind.Vector:
            {
                var y = top - 0.06 * em;
                var right = nucleus.Width + skew * 0.5;
                ops.Add(new LineOp(new Point(skew * 0.5 + 0.02 * em, y), new Point(right, y), rule, Color.Black));
                ops.Add(new LineOp(new Point(right - 0.15 * em, y - 0.09 * em), new Point(right, y), rule, Color.Black));
                ops.Add(new LineOp(new Point(right - 0.15 * em, y + 0.09 * em), new Point(right, y), rule, Color.Black));
                extra = 0.2 * em;
                break;
            }
            case MathAccentKind.Dot or MathAccentKind.DoubleDot:
            {
                var d = 0.09 * em;
                var xs = a.Kind == MathAccentKind.Dot ? new[] { centre } : new[] { centre - 0.12 * em, centre + 0.12 * em };
                foreach (var x in xs) ops.Add(new RectOp(new Rect(x - d / 2, top - 0.04 * em - d, d, d), 0, Color.Black, Color.Black));
                extra = 0.16 * em;
                break;
            }
            default: // underline
            {
                var y = nucleus.Descent + 0.1 * em;
                ops.Add(new LineOp(new Point(0, y), new Point(nucleus.Width, y), rule, Color.Black));
                return new MathBox(nucleus.Width, nucleus.Ascent, y + rule, ops.ToImmutable(), [new PlacedMathBox(0, 0, nucleus)]);
            }
        }
        var width = Max(nucleus.Width, centre + 0.2 * em);
        return new MathBox(width, -top + extra, nucleus.Descent, ops.ToImmutable(), [new PlacedMathBox(0, 0, nucleus)]);
    }

    private MathBox Radical(MathRadical r, MathStyle style)
    {
        var body = Typeset(r.Body, style);
        var em = Size(style);
        var rule = RuleThickness(em);
        var gap = (style == MathStyle.Display ? 0.2 : 0.12) * em;
        var bodyAscent = Max(body.Ascent, GlyphExtents.XHeight * em);
        var bodyDescent = Max(body.Descent, 0.05 * em);
        var top = -(bodyAscent + gap);
        var bottom = bodyDescent + 0.02 * em;
        var signWidth = 0.62 * em;
        var height = bottom - top;
        var tickY = bottom - Min(height * 0.45, 0.45 * em);
        var ops = ImmutableArray.Create<DrawOp>(
            new LineOp(new Point(0.04 * em, tickY + 0.04 * em), new Point(0.16 * em, tickY - 0.03 * em), rule, Color.Black),
            new LineOp(new Point(0.16 * em, tickY - 0.03 * em), new Point(0.32 * em, bottom), rule * 2, Color.Black),
            new LineOp(new Point(0.32 * em, bottom), new Point(signWidth - 0.04 * em, top), rule, Color.Black),
            new LineOp(new Point(signWidth - 0.04 * em, top), new Point(signWidth + body.Width + 0.08 * em, top), rule, Color.Black));
        var children = ImmutableArray.CreateBuilder<PlacedMathBox>(2);
        children.Add(new PlacedMathBox(signWidth, 0, body));
        var ascent = -top + rule;
        if (r.Index is not null)
        {
            var index = Typeset(r.Index, MathStyle.ScriptScript);
            var y = tickY - 0.1 * em - index.Descent;
            children.Add(new PlacedMathBox(Max(0, 0.3 * em - index.Width), y, index));
            ascent = Max(ascent, -y + index.Ascent);
        }
        return new MathBox(signWidth + body.Width + 0.12 * em, ascent, bottom + rule, ops, children.ToImmutable());
    }

    private MathBox UnderOver(MathUnderOver u, MathStyle style)
    {
        var nucleus = Typeset(u.Base, style);
        var em = Size(style);
        var over = u.Over is null ? null : Typeset(u.Over, ScriptOf(style));
        var under = u.Under is null ? null : Typeset(u.Under, ScriptOf(style));
        var width = Max(nucleus.Width, Max(over?.Width ?? 0, under?.Width ?? 0));
        var children = ImmutableArray.CreateBuilder<PlacedMathBox>(3);
        children.Add(new PlacedMathBox((width - nucleus.Width) / 2, 0, nucleus));
        double ascent = nucleus.Ascent, descent = nucleus.Descent;
        if (over is not null)
        {
            var shift = nucleus.Ascent + 0.1 * em + over.Descent;
            children.Add(new PlacedMathBox((width - over.Width) / 2, -shift, over));
            ascent = shift + over.Ascent;
        }
        if (under is not null)
        {
            var shift = nucleus.Descent + 0.1 * em + under.Ascent;
            children.Add(new PlacedMathBox((width - under.Width) / 2, shift, under));
            descent = shift + under.Descent;
        }
        return new MathBox(width, ascent, descent, [], children.ToImmutable());
    }
}
