using System.Collections.Immutable;
using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Syntax;
using DeepExam.Templates;
using Scriban.Parsing;
using Scriban.Syntax;

namespace DeepExam.Text;

/// <summary>
/// Load-time checks of a template's text, on its syntax tree: it parses, every name it uses exists,
/// it does not assign (values are computed in <c>derived</c>, where they are exact and checked), it
/// does not compute with bare literals (<c>1/2</c> would be text arithmetic in floating point), and
/// no prompt, option or statement shows the answer of its own part or of a later one: not by the
/// part's id, not by a derived value that is such an answer, and not by calling the functions that
/// compute it (<c>{{ conv_out n k s p }}</c> in the prompt of the part whose answer is
/// <c>conv_out(n, k, s, p)</c>). Every problem is reported at its file:line:column.
/// </summary>
public static class TextTemplateChecker
{
    /// <param name="records">The names known to hold records, and their fields: a misspelt field is reported at load.</param>
    public static void Check(ExerciseTemplate template, DiagnosticBag diagnostics, BuiltinRegistry builtins,
        IReadOnlyDictionary<string, Expressions.RecordShape>? records = null)
    {
        records ??= new Dictionary<string, Expressions.RecordShape>();
        var renderer = new TextRenderer();
        var derived = template.Derived.ToDictionary(d => d.Name, d => d.Expression, StringComparer.Ordinal);
        var names = template.Parameters.Select(p => p.Name).Concat(derived.Keys).ToHashSet(StringComparer.Ordinal);
        var partIds = template.Parts.Select(p => p.Id).ToList();
        var all = names.Concat(partIds).ToHashSet(StringComparer.Ordinal);
        var functions = TextFunctions(builtins);

        // What each part's answer is, three ways a text could show it.
        Hidden HiddenFrom(int first)
        {
            var hidden = new Hidden();
            foreach (var part in template.Parts.Skip(first))
            {
                hidden.Names[part.Id] = part.Id;
                if (part.Answer?.Root is not { } answer) continue;
                if (answer is Identifier { Name: var name } && derived.TryGetValue(name, out var definition))
                {
                    hidden.Names[name] = part.Id;
                    if (definition.Root is CallExpr) hidden.Calls[CallShape.Of(definition.Root)] = part.Id;
                }
                if (answer is CallExpr) hidden.Calls[CallShape.Of(answer)] = part.Id;
            }
            return hidden;
        }

        var everything = HiddenFrom(0);
        CheckText(template.Statement, "statement", names, everything);
        for (var i = 0; i < template.Parts.Length; i++)
        {
            var part = template.Parts[i];
            var later = HiddenFrom(i);
            CheckText(part.Prompt, $"prompt of part '{part.Id}'", names, later);
            CheckText(part.Solution, $"solution of part '{part.Id}'", all, Hidden.None);
            foreach (var option in part.Options) CheckText(option.Text, $"an option of part '{part.Id}'", names, later);
            foreach (var mistake in part.Mistakes) CheckText(mistake.Feedback, $"a mistake's feedback in part '{part.Id}'", all, Hidden.None);
        }

        void CheckText(TextTemplate text, string what, HashSet<string> visible, Hidden hidden)
        {
            if (text.IsEmpty || !text.Source.Contains("{{", StringComparison.Ordinal)) return;
            var parsed = renderer.Parse(text.Source);
            if (parsed.HasErrors)
            {
                foreach (var m in parsed.Messages.Where(m => m.Type == ParserMessageType.Error))
                    diagnostics.Error(At(text, m.Span), $"{what}: {m.Message}", DiagnosticCodes.TextSyntax);
                return;
            }
            new Walker(text, what, visible, functions, hidden, records, diagnostics).Walk(parsed.Page, []);
        }
    }

    private static HashSet<string> TextFunctions(BuiltinRegistry builtins) =>
        [.. TextRenderer.HelperNames, .. builtins.All.Select(f => f.Name)];

    private static SourceLocation At(TextTemplate text, SourceSpan span) => text.LocationAt(span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Names and calls that must not appear in a text, each with the part whose answer it is.</summary>
    private sealed class Hidden
    {
        public static readonly Hidden None = new();
        public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, string> Calls { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Walker(TextTemplate text, string what, HashSet<string> visible, HashSet<string> functions, Hidden hidden,
        IReadOnlyDictionary<string, Expressions.RecordShape> records, DiagnosticBag diagnostics)
    {
        private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
        // Loop variables that go over a list of records, with the records' shape.
        private readonly Dictionary<string, Expressions.RecordShape> _loopRecords = new(StringComparer.Ordinal);

        /// <summary>The record shape of a text expression, where the loader knows it: a name, an item of a list of records, a loop variable.</summary>
        private Expressions.RecordShape? ShapeOf(ScriptNode? node) => node switch
        {
            ScriptVariable v when _loopRecords.TryGetValue(v.Name, out var loop) => loop,
            ScriptVariable v when records.TryGetValue(v.Name, out var shape) => shape,
            ScriptIndexerExpression { Target: var target } when ShapeOf(target) is { IsList: true } list => list.Item,
            ScriptNestedExpression nested => ShapeOf(nested.Expression),
            _ => null,
        };

        public void Walk(ScriptNode? node, ImmutableStack<string> locals)
        {
            switch (node)
            {
                case null:
                    return;
                case ScriptForStatement loop:
                    Walk(loop.Iterator, locals);
                    var inner = loop.Variable is ScriptVariable v ? locals.Push(v.Name) : locals;
                    if (loop.Variable is ScriptVariable each && ShapeOf(loop.Iterator) is { IsList: true } items) _loopRecords[each.Name] = items.Item;
                    Walk(loop.Body, inner.Push("for"));
                    Walk(loop.Else, locals);
                    return;
                case ScriptAssignExpression assign:
                    Error(assign.Span, "assigns a value; compute values in 'derived', where they are exact and checked, and show them here", DiagnosticCodes.TextAssigns);
                    return;
                case ScriptVariable variable:
                    Name(variable.Name, variable.Span, locals);
                    return;
                case ScriptMemberExpression member:
                    // The record is a name; its field is checked here where the loader knows the records' fields, else when the text renders.
                    Walk(member.Target, locals);
                    if (member.Member?.Name is { } field && ShapeOf(member.Target) is { } record)
                    {
                        if (record.IsList)
                            Error(member.Span, $"reads '.{field}' of a list of records: pick one first, e.g. {member.Target}[0].{field}", DiagnosticCodes.FieldOfRecordList);
                        else if (!record.Fields.Contains(field))
                            Error(member.Span, $"reads field '{field}', which the records do not have{Suggestions.DidYouMean(field, record.Fields)}; their fields are {string.Join(", ", record.Fields)}", DiagnosticCodes.UnknownField);
                    }
                    return;
                case ScriptFunctionCall call:
                    if (CallShape.Of(call) is var shape && hidden.Calls.TryGetValue(shape, out var callPart))
                        Error(call.Span, $"shows the answer of part '{callPart}' by computing it ({shape})", DiagnosticCodes.TextShowsAnswer);
                    Walk(call.Target, locals);
                    foreach (var argument in call.Arguments) Walk(argument is ScriptNamedArgument named ? named.Value : argument, locals);
                    return;
                case ScriptBinaryExpression { Left: ScriptLiteral { Value: not (string or bool) }, Right: ScriptLiteral { Value: not (string or bool) } } binary:
                    Error(binary.Span, "computes with two numbers written in the text; the text language would compute in floating point: put the value in 'derived'", DiagnosticCodes.TextComputesWithLiterals);
                    return;
                default:
                    for (var i = 0; i < node.ChildrenCount; i++) Walk(node.GetChildren(i), locals);
                    return;
            }
        }

        private void Name(string name, SourceSpan span, ImmutableStack<string> locals)
        {
            var root = name.Split('.')[0];
            if (locals.Contains(root) || (root is "for" or "while" && locals.Contains("for"))) return;
            if (hidden.Names.TryGetValue(root, out var part))
                Error(span, root == part ? $"shows the answer of part '{part}'" : $"shows the answer of part '{part}' ('{root}' is that answer)", DiagnosticCodes.TextShowsAnswer);
            else if (!visible.Contains(root) && !functions.Contains(root))
                Error(span, $"uses unknown name '{root}'{Suggestions.DidYouMean(root, visible.Concat(functions))}", DiagnosticCodes.UnknownName);
        }

        private void Error(SourceSpan span, string message, DiagnosticCode code)
        {
            var location = At(text, span);
            if (_reported.Add($"{location}|{message}")) diagnostics.Error(location, $"{what} {message}", code);
        }
    }
}
