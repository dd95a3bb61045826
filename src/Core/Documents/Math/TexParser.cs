using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using DeepExam.Diagnostics;

namespace DeepExam.Documents.Math;

/// <summary>
/// Parses the TeX subset exercise text uses into a <see cref="MathNode"/> tree. It never throws:
/// anything it does not know becomes a <see cref="MathUnsupported"/> node (drawn in red) and a
/// <see cref="TexProblem"/>, so <c>validate</c> can list it and a student still sees what was meant.
/// </summary>
public static class TexParser
{
    public static TexParseResult Parse(string tex)
    {
        var parser = new Parser(tex);
        var root = parser.ParseAll();
        return new TexParseResult(root, [.. parser.Problems]);
    }

    /// <summary>Where a row stops: the end of input always, and the tokens that close what is being parsed.</summary>
    [Flags]
    private enum Stop
    {
        None = 0,
        Brace = 1,
        Right = 2,
        Cell = 4,
        Bracket = 8,
    }

    private static readonly string[] Environments =
        ["matrix", "bmatrix", "pmatrix", "vmatrix", "Vmatrix", "Bmatrix", "smallmatrix", "cases", "aligned", "align", "align*", "split", "gathered", "array"];

    /// <summary>
    /// The control words (and control symbols) read by a handler of their own, beyond <see cref="TexSymbols"/>' symbols
    /// and function names: each name with what reads the rest of it. A handler is called with the cursor after the
    /// name; one that meets a use it does not support reports it and returns what is drawn in its place.
    /// </summary>
    private static readonly FrozenDictionary<string, Func<Parser, string, MathNode>> Readers = BuildReaders();

    private static FrozenDictionary<string, Func<Parser, string, MathNode>> BuildReaders()
    {
        var readers = new Dictionary<string, Func<Parser, string, MathNode>>(StringComparer.Ordinal);
        void Add(Func<Parser, string, MathNode> read, params string[] names)
        {
            foreach (var name in names) readers.Add(name, read);
        }
        MathNode Space(double em) => new MathSpace(em);

        Add((_, _) => Space(3.0 / 18), ",", "thinspace");
        Add((_, _) => Space(4.0 / 18), ":", ">");
        Add((_, _) => Space(5.0 / 18), ";");
        Add((_, _) => Space(-3.0 / 18), "!");
        Add((_, _) => Space(0.25), " ");
        Add((_, _) => Space(1), "quad");
        Add((_, _) => Space(2), "qquad");
        Add((_, _) => Space(0.5), "enspace");
        Add((p, name) => p.Fraction(name), "frac", "dfrac", "tfrac", "cfrac");
        Add((p, name) => p.Binomial(name), "binom", "dbinom", "tbinom");
        Add((p, name) => p.SquareRoot(name), "sqrt");
        Add((p, name) => p.ParseFenced("\\" + name), "left");
        Add((p, name) => p.BigDelimiter(name),
            "big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr", "biggr", "Biggr", "bigm", "Bigm", "biggm", "Biggm");
        Add((p, _) => p.ParseEnvironment(), "begin");
        Add((p, name) => p.Text(name, MathVariant.Text), "text", "textrm", "textup", "textnormal", "mbox", "hbox");
        Add((p, name) => p.Text(name, MathVariant.Italic), "textit", "emph");
        Add((p, name) => p.Text(name, MathVariant.Bold), "textbf");
        Add((p, name) => p.Text(name, MathVariant.Mono), "texttt");
        Add((p, name) => p.Text(name, MathVariant.Sans), "textsf");
        Add((p, name) => p.OperatorName(name), "operatorname");
        Add((p, name) => p.WithAlphabet(MathVariant.Upright, "\\" + name), "mathrm", "rm");
        Add((p, name) => p.WithAlphabet(MathVariant.Bold, "\\" + name), "mathbf", "bf", "bm");
        Add((p, name) => p.WithAlphabet(MathVariant.BoldItalic, "\\" + name), "boldsymbol");
        Add((p, name) => p.WithAlphabet(MathVariant.Italic, "\\" + name), "mathit", "it");
        Add((p, name) => p.WithAlphabet(MathVariant.Sans, "\\" + name), "mathsf");
        Add((p, name) => p.WithAlphabet(MathVariant.Mono, "\\" + name), "mathtt");
        Add((p, name) => p.Mapped("\\" + name, TexSymbols.Blackboard, MathVariant.Upright, MathVariant.Bold), "mathbb");
        Add((p, name) => p.Mapped("\\" + name, TexSymbols.Calligraphic, MathVariant.Symbol, MathVariant.Italic), "mathcal", "mathscr");
        Add((p, name) => p.Accent(name, MathAccentKind.Hat), "hat", "widehat");
        Add((p, name) => p.Accent(name, MathAccentKind.Bar), "bar", "overline");
        Add((p, name) => p.Accent(name, MathAccentKind.Tilde), "tilde", "widetilde");
        Add((p, name) => p.Accent(name, MathAccentKind.Vector), "vec", "overrightarrow");
        Add((p, name) => p.Accent(name, MathAccentKind.Dot), "dot");
        Add((p, name) => p.Accent(name, MathAccentKind.DoubleDot), "ddot");
        Add((p, name) => p.Accent(name, MathAccentKind.Underline), "underline");
        Add((p, name) => p.Overset(name), "overset", "stackrel");
        Add((p, name) => p.Underset(name), "underset");
        Add((p, _) => p.Not(), "not");
        // Outside the places they mean something (the row and script parsers read them there) they change nothing visible.
        Add((_, _) => MathRow.Empty, "displaystyle", "textstyle", "limits", "nolimits", "nonumber", "notag", "strut", "mathstrut");
        return readers.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Every command the parser typesets, without its backslash: the symbols and function names of
    /// <see cref="TexSymbols"/>, the commands with a reader, and those read where they stand (\right, \end, the styles).
    /// </summary>
    public static FrozenSet<string> SupportedCommands { get; } = FrozenSet.ToFrozenSet(
        TexSymbols.Commands.Concat(TexSymbols.Functions).Concat(Readers.Keys)
            .Concat(["right", "end", "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits"]),
        StringComparer.Ordinal);

    /// <summary>The environments \begin{…} takes.</summary>
    public static IReadOnlyList<string> SupportedEnvironments => Environments;

    /// <summary>One parse: a cursor over the source and the problems met. Lives for one call of <see cref="Parse"/>.</summary>
    private sealed class Parser(string source)
    {
        private int _pos;
        private MathVariant? _alphabet;
        public readonly List<TexProblem> Problems = [];

        public MathNode ParseAll()
        {
            var row = ParseRow(Stop.None);
            while (_pos < source.Length)
            {
                // Only a stray closer can stop a top-level row early: report it and go on after it.
                var stray = ReadStrayCloser();
                Problem(stray, stray == "}" ? "unmatched closing brace" : $"{stray} without its opening");
                row = new MathRow(row.Items.Add(new MathUnsupported(stray)).AddRange(ParseRow(Stop.None).Items));
            }
            return row.Items.Length == 1 ? row.Items[0] : row;
        }

        private string ReadStrayCloser()
        {
            if (source[_pos] == '}' || source[_pos] == '&' || source[_pos] == ']') return source[_pos++].ToString();
            if (Peek("\\\\")) { _pos += 2; return "\\\\"; }
            var start = _pos;
            _pos++;
            while (_pos < source.Length && char.IsAsciiLetter(source[_pos])) _pos++;
            return source[start.._pos];
        }

        private void Problem(string command, string message) => Problems.Add(new TexProblem(command, message));

        private void Unsupported(string command, string message) => Problems.Add(new TexProblem(command, message, TexProblemKind.Unsupported));

        private bool Peek(string s) => string.CompareOrdinal(source, _pos, s, 0, s.Length) == 0;

        /// <summary>The control word at the cursor (without the backslash), or null when the cursor is not on one.</summary>
        private string? PeekCommand()
        {
            if (_pos >= source.Length || source[_pos] != '\\' || _pos + 1 >= source.Length) return null;
            var end = _pos + 1;
            while (end < source.Length && char.IsAsciiLetter(source[end])) end++;
            return end == _pos + 1 ? source[(_pos + 1)..(_pos + 2)] : source[(_pos + 1)..end];
        }

        private void SkipSpaces()
        {
            // Not the narrow no-break space: it is a thin space inside a grouped number, not a separator.
            while (_pos < source.Length && char.IsWhiteSpace(source[_pos]) && source[_pos] != '\u202F') _pos++;
        }

        private MathRow ParseRow(Stop stop)
        {
            var items = ImmutableArray.CreateBuilder<MathNode>();
            while (true)
            {
                SkipSpaces();
                if (_pos >= source.Length) break;
                var c = source[_pos];
                var closesBrace = c == '}';
                var closesCell = c == '&' || Peek("\\\\");
                var closesBracket = c == ']' && stop.HasFlag(Stop.Bracket);
                // A closer ends this row; whoever asked for the row decides whether it was expected
                // (at the top level, ParseAll reports it as stray).
                if (closesBrace || closesCell || closesBracket) break;
                var command = PeekCommand();
                if (command is "right" or "end")
                {
                    if ((command == "right" && stop.HasFlag(Stop.Right)) || (command == "end" && stop.HasFlag(Stop.Cell))) break;
                    if (stop != Stop.None) break;
                    _pos += command.Length + 1;
                    var what = command == "end" ? "\\end{" + ReadBracedName() + "}" : "\\right";
                    Problem(what, $"{what} without its \\{(command == "end" ? "begin" : "left")}");
                    items.Add(new MathUnsupported(what));
                    continue;
                }
                if (command is "displaystyle" or "textstyle" or "scriptstyle" or "scriptscriptstyle")
                {
                    _pos += command.Length + 1;
                    var style = command switch
                    {
                        "displaystyle" => MathStyle.Display,
                        "textstyle" => MathStyle.Text,
                        "scriptstyle" => MathStyle.Script,
                        _ => MathStyle.ScriptScript,
                    };
                    items.Add(new MathStyled(style, ParseRow(stop)));
                    break;
                }
                var atom = ParseAtom();
                if (atom is null) continue;
                items.Add(Scripts(atom));
            }
            return new MathRow(GrownBrackets.Apply(items.ToImmutable()));
        }

        /// <summary>Attaches any ^ and _ (and \limits, \nolimits) that follow <paramref name="nucleus"/>.</summary>
        private MathNode Scripts(MathNode nucleus)
        {
            MathNode? sup = null, sub = null;
            while (true)
            {
                SkipSpaces();
                if (_pos >= source.Length) break;
                var command = PeekCommand();
                if (command is "limits" or "nolimits")
                {
                    _pos += command.Length + 1;
                    if (nucleus is MathAtom { Class: MathClass.Op } op) nucleus = op with { Limits = command == "limits" };
                    continue;
                }
                var c = source[_pos];
                if (c == '\'')
                {
                    // f' is f^{\prime}; collect primes into the superscript.
                    _pos++;
                    var prime = new MathAtom("′", MathClass.Ord, MathVariant.Upright);
                    sup = sup is null ? prime : new MathRow([sup, prime]);
                    continue;
                }
                if (c != '^' && c != '_') break;
                _pos++;
                var argument = ParseArgument($"{c}");
                if (c == '^')
                {
                    if (sup is not null && sup is not MathAtom { Text: "′" }) Problem("^", "double superscript");
                    sup = sup is MathAtom { Text: "′" } p ? new MathRow([p, argument]) : argument;
                }
                else
                {
                    if (sub is not null) Problem("_", "double subscript");
                    sub = argument;
                }
            }
            return sup is null && sub is null ? nucleus : new MathScripts(nucleus, sup, sub);
        }

        /// <summary>A macro argument: a braced group, a control word, or a single character.</summary>
        private MathNode ParseArgument(string owner)
        {
            SkipSpaces();
            if (_pos >= source.Length)
            {
                Problem(owner, "missing argument");
                return MathRow.Empty;
            }
            if (source[_pos] == '{') return ParseGroup(owner);
            if (source[_pos] == '\\') return ParseAtom() ?? MathRow.Empty;
            if (source[_pos] == '}' || source[_pos] == '&')
            {
                Problem(owner, "missing argument");
                return MathRow.Empty;
            }
            var c = source[_pos++];
            return Letter(c);
        }

        private MathRow ParseGroup(string owner)
        {
            _pos++; // {
            var row = ParseRow(Stop.Brace);
            if (_pos < source.Length && source[_pos] == '}') _pos++;
            else Problem(owner, "missing closing brace");
            return row with { IsGroup = true };
        }

        private MathAtom Letter(char c)
        {
            var atom = TexSymbols.ForCharacter(c);
            if (_alphabet is not { } alphabet) return atom;
            if (char.IsAsciiLetter(c) || (char.IsAsciiDigit(c) && alphabet is MathVariant.Bold or MathVariant.Sans or MathVariant.Mono))
                return atom with { Variant = alphabet };
            return atom;
        }

        private MathNode? ParseAtom()
        {
            var c = source[_pos];
            switch (c)
            {
                case '{':
                    return ParseGroup("{");
                case '^' or '_':
                    // A script with no base attaches to an empty one.
                    return MathRow.Empty;
                case '\\':
                    return ParseCommand();
                case '~':
                    _pos++;
                    return new MathSpace(0.33);
                case '\u202F':
                    // A narrow no-break space (a grouped number from the text helpers, 12 544) is a thin space, as \, is.
                    _pos++;
                    return new MathSpace(3.0 / 18);
                case '$' or '#':
                    _pos++;
                    Problem(c.ToString(), "not allowed in math");
                    return new MathUnsupported(c.ToString());
            }
            if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < source.Length && char.IsAsciiDigit(source[_pos + 1])))
            {
                var start = _pos;
                while (_pos < source.Length && (char.IsAsciiDigit(source[_pos]) ||
                       (source[_pos] == '.' && _pos + 1 < source.Length && char.IsAsciiDigit(source[_pos + 1])))) _pos++;
                var digits = source[start.._pos];
                var variant = _alphabet is MathVariant.Bold or MathVariant.Sans or MathVariant.Mono ? _alphabet.Value : MathVariant.Upright;
                return digits.Length >= DeepExam.Text.ValueFormatter.GroupFromDigits && digits[0] != '0' && !digits.Contains('.')
                    ? GroupedInteger(digits, variant)
                    : new MathAtom(digits, MathClass.Ord, variant);
            }
            _pos++;
            if (char.IsHighSurrogate(c) && _pos < source.Length)
            {
                _pos++;
                return new MathAtom(source.Substring(_pos - 2, 2), MathClass.Ord, MathVariant.Upright);
            }
            return Letter(c);
        }

        /// <summary>
        /// An integer of five digits or more as the text helpers group it (ISO 80000-1): 102\,764\,544, so a template's
        /// <c>{{ big }}</c> in math reads as a worked number does. One group, an ordinary symbol as the whole number is.
        /// </summary>
        private static MathRow GroupedInteger(string digits, MathVariant variant)
        {
            var items = ImmutableArray.CreateBuilder<MathNode>();
            var first = digits.Length % 3 == 0 ? 3 : digits.Length % 3;
            for (var k = 0; k < digits.Length; k = k == 0 ? first : k + 3)
            {
                if (k > 0) items.Add(new MathSpace(3.0 / 18));
                items.Add(new MathAtom(digits[k..(k == 0 ? first : k + 3)], MathClass.Ord, variant));
            }
            return new MathRow(items.ToImmutable(), IsGroup: true);
        }

        private MathNode ParseCommand()
        {
            var name = PeekCommand();
            if (name is null)
            {
                _pos++;
                Problem("\\", "a backslash at the end of the formula");
                return new MathUnsupported("\\");
            }
            _pos += name.Length + 1;
            var raw = "\\" + name;

            if (TexSymbols.TryGet(name, out var atom)) return atom;
            if (TexSymbols.Functions.Contains(name))
                return new MathAtom(name, MathClass.Op, MathVariant.Upright, TexSymbols.LimitFunctions.Contains(name));
            if (Readers.TryGetValue(name, out var read)) return read(this, name);

            Unsupported(raw, "unsupported command" + Suggestions.DidYouMeanOneOf(name, SupportedCommands, "\\", ignoreCase: false));
            return new MathUnsupported(raw);
        }

        // The readers of the commands in the table: each is called with the cursor after the command's name.

        public MathNode Fraction(string name)
        {
            var raw = "\\" + name;
            var num = ParseArgument(raw);
            var den = ParseArgument(raw);
            return new MathFraction(num, den, name switch { "dfrac" or "cfrac" => MathStyle.Display, "tfrac" => MathStyle.Text, _ => null });
        }

        public MathNode Binomial(string name)
        {
            var raw = "\\" + name;
            var top = ParseArgument(raw);
            var bottom = ParseArgument(raw);
            var style = name switch { "dbinom" => MathStyle.Display, "tbinom" => (MathStyle?)MathStyle.Text, _ => null };
            return new MathFenced("(", new MathFraction(top, bottom, style, HasRule: false), ")");
        }

        public MathNode SquareRoot(string name)
        {
            var raw = "\\" + name;
            MathNode? index = null;
            SkipSpaces();
            if (_pos < source.Length && source[_pos] == '[')
            {
                _pos++;
                index = ParseRow(Stop.Bracket);
                if (_pos < source.Length && source[_pos] == ']') _pos++;
                else Problem(raw, "missing ]");
            }
            return new MathRadical(ParseArgument(raw), index);
        }

        public MathNode BigDelimiter(string name)
        {
            var delimiter = ReadDelimiter("\\" + name);
            var size = name.TrimEnd('l', 'r', 'm') switch { "big" => 1.2, "Big" => 1.8, "bigg" => 2.4, _ => 3.0 };
            var cls = name.EndsWith('l') ? MathClass.Open : name.EndsWith('r') ? MathClass.Close : name.EndsWith('m') ? MathClass.Rel : MathClass.Ord;
            return new MathDelimiter(delimiter, size, cls);
        }

        /// <summary>\text and its kin: the braced argument as it is, set in <paramref name="variant"/>.</summary>
        public MathNode Text(string name, MathVariant variant) => new MathAtom(ReadRawGroup("\\" + name), MathClass.Ord, variant);

        public MathNode OperatorName(string name)
        {
            var limits = false;
            if (_pos < source.Length && source[_pos] == '*') { _pos++; limits = true; }
            return new MathAtom(ReadRawGroup("\\" + name).Trim(), MathClass.Op, MathVariant.Upright, limits);
        }

        public MathNode Accent(string name, MathAccentKind kind) => new MathAccent(kind, ParseArgument("\\" + name));

        public MathNode Overset(string name)
        {
            var over = ParseArgument("\\" + name);
            var nucleus = ParseArgument("\\" + name);
            return new MathUnderOver(nucleus, over, null);
        }

        public MathNode Underset(string name)
        {
            var under = ParseArgument("\\" + name);
            var nucleus = ParseArgument("\\" + name);
            return new MathUnderOver(nucleus, null, under);
        }

        /// <summary>\not before a relation it has a negated character for; before anything else it is unsupported.</summary>
        public MathNode Not()
        {
            SkipSpaces();
            var next = _pos < source.Length ? (PeekCommand() is { } cmd ? "\\" + cmd : source[_pos].ToString()) : "";
            var negated = next switch { "=" => "≠", "\\in" => "∉", "<" => "≮", ">" => "≯", "\\le" or "\\leq" => "≰", "\\ge" or "\\geq" => "≱", "\\subseteq" => "⊈", "\\sim" => "≁", "\\equiv" => "≢", _ => null };
            if (negated is null)
            {
                Unsupported("\\not", $"unsupported before {(next.Length == 0 ? "the end of the formula" : next)}: it negates only =, <, >, \\in, \\le, \\leq, \\ge, \\geq, \\subseteq, \\sim and \\equiv");
                return new MathUnsupported("\\not");
            }
            _pos += next.Length;
            // Of these DejaVu Serif has only ≠ and ∉: the others come from the sans face, as \nless and its kin do.
            return new MathAtom(negated, MathClass.Rel, negated is "≠" or "∉" ? MathVariant.Upright : MathVariant.Symbol);
        }

        public MathNode WithAlphabet(MathVariant variant, string raw)
        {
            var outer = _alphabet;
            _alphabet = variant;
            try
            {
                return ParseArgument(raw);
            }
            finally
            {
                _alphabet = outer;
            }
        }

        /// <summary>\mathbb and \mathcal: letters that exist as characters are mapped, the rest set in <paramref name="fallback"/>.</summary>
        public MathNode Mapped(string raw, Func<char, string?> map, MathVariant mappedVariant, MathVariant fallback)
        {
            var text = ReadRawGroup(raw);
            var items = ImmutableArray.CreateBuilder<MathNode>();
            foreach (var ch in text)
            {
                if (char.IsWhiteSpace(ch)) continue;
                items.Add(map(ch) is { } mapped
                    ? new MathAtom(mapped, MathClass.Ord, mappedVariant)
                    : new MathAtom(ch.ToString(), MathClass.Ord, char.IsAsciiLetterOrDigit(ch) ? fallback : MathVariant.Upright));
            }
            return items.Count == 1 ? items[0] : new MathRow(items.ToImmutable(), IsGroup: true);
        }

        /// <summary>The text of a braced argument, braces balanced, without parsing it (for \text and names).</summary>
        private string ReadRawGroup(string owner)
        {
            SkipSpaces();
            if (_pos >= source.Length)
            {
                Problem(owner, "missing argument");
                return "";
            }
            if (source[_pos] != '{') return source[_pos++].ToString();
            var depth = 0;
            var sb = new StringBuilder();
            var start = _pos;
            for (; _pos < source.Length; _pos++)
            {
                var c = source[_pos];
                if (c == '\\' && _pos + 1 < source.Length && source[_pos + 1] is '{' or '}' or '%' or '&' or '#' or '_' or '$')
                {
                    sb.Append(source[++_pos]);
                    continue;
                }
                if (c == '{' && depth++ == 0) continue;
                if (c == '}' && --depth == 0) { _pos++; return sb.ToString(); }
                sb.Append(c);
            }
            Problem(owner, "missing closing brace");
            return source[(start + 1)..];
        }

        private string ReadBracedName()
        {
            SkipSpaces();
            if (_pos >= source.Length || source[_pos] != '{') return "";
            var close = source.IndexOf('}', _pos);
            if (close < 0) return "";
            var name = source[(_pos + 1)..close].Trim();
            _pos = close + 1;
            return name;
        }

        /// <summary>The delimiter after \left, \right or \big: a character, a control word, or <c>.</c>.</summary>
        private string ReadDelimiter(string owner)
        {
            SkipSpaces();
            if (_pos >= source.Length)
            {
                Problem(owner, "missing delimiter");
                return "";
            }
            string name;
            if (source[_pos] == '\\')
            {
                name = PeekCommand() ?? "";
                _pos += name.Length + 1;
                if (name == "|") name = "\\|";
            }
            else name = source[_pos++].ToString();
            if (TexSymbols.Delimiter(name) is { } delimiter) return delimiter;
            var shown = name.Length > 1 || char.IsAsciiLetter(name[0]) ? "\\" + name : name;
            Unsupported(owner + shown, "unsupported delimiter");
            return shown;
        }

        public MathNode ParseFenced(string raw)
        {
            var left = ReadDelimiter(raw);
            var body = ParseRow(Stop.Right);
            if (PeekCommand() == "right")
            {
                _pos += "right".Length + 1;
                var right = ReadDelimiter("\\right");
                return new MathFenced(left, body, right);
            }
            Problem("\\left", "\\left without \\right");
            return new MathFenced(left, body, "");
        }

        public MathNode ParseEnvironment()
        {
            var name = ReadBracedName();
            var known = Array.IndexOf(Environments, name) >= 0;
            var alignments = ImmutableArray<char>.Empty;
            if (name == "array")
            {
                var spec = ReadRawGroup("\\begin{array}");
                alignments = [.. spec.Where(ch => ch is 'l' or 'c' or 'r')];
            }
            var rows = ImmutableArray.CreateBuilder<ImmutableArray<MathNode>>();
            var cells = ImmutableArray.CreateBuilder<MathNode>();
            var closed = false;
            while (true)
            {
                var cell = ParseRow(Stop.Cell | Stop.Brace);
                cells.Add(cell.Items.Length == 1 ? cell.Items[0] : cell);
                if (_pos >= source.Length) break;
                if (source[_pos] == '&') { _pos++; continue; }
                if (Peek("\\\\"))
                {
                    _pos += 2;
                    // An optional row gap (\\[2pt]) is accepted and ignored.
                    SkipSpaces();
                    if (_pos < source.Length && source[_pos] == '[')
                    {
                        var close = source.IndexOf(']', _pos);
                        if (close > 0) _pos = close + 1;
                    }
                    rows.Add(cells.ToImmutable());
                    cells.Clear();
                    continue;
                }
                if (PeekCommand() == "end")
                {
                    _pos += 4;
                    var end = ReadBracedName();
                    if (end != name) Problem($"\\end{{{end}}}", $"does not close \\begin{{{name}}}");
                    closed = true;
                    break;
                }
                // A '}' that closes nothing here.
                Problem("}", $"unmatched closing brace inside \\begin{{{name}}}");
                _pos++;
            }
            if (!closed) Problem($"\\begin{{{name}}}", "missing \\end");
            // A trailing \\ leaves an empty last row: TeX ignores it, so do we.
            if (!(cells.Count == 1 && cells[0] is MathRow { Items.IsEmpty: true }) || rows.Count == 0) rows.Add(cells.ToImmutable());

            var kind = name switch
            {
                "matrix" or "smallmatrix" => MathArrayKind.Matrix,
                "bmatrix" => MathArrayKind.BMatrix,
                "pmatrix" => MathArrayKind.PMatrix,
                "vmatrix" => MathArrayKind.VMatrix,
                "Vmatrix" => MathArrayKind.DoubleVMatrix,
                "Bmatrix" => MathArrayKind.BraceMatrix,
                "cases" => MathArrayKind.Cases,
                "aligned" or "align" or "align*" or "split" => MathArrayKind.Aligned,
                "gathered" => MathArrayKind.Array,
                "array" => MathArrayKind.Array,
                _ => MathArrayKind.Matrix,
            };
            if (name == "gathered") alignments = ['c'];
            var array = new MathArray(kind, rows.ToImmutable(), alignments);
            if (known) return array;
            var begin = $"\\begin{{{name}}}";
            Unsupported(begin, "unsupported environment" + Suggestions.DidYouMeanOneOf(name, Environments, "", ignoreCase: false));
            return new MathRow([new MathUnsupported(begin), array]);
        }
    }
}
