using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Values;

namespace DeepExam.Tests.Builtins.Tensors;

/// <summary>
/// The tensor, activation and loss builtins on their own, and a small reader for the calls their
/// examples make (literals, lists, unary minus, division, nested calls with positional and named
/// arguments), so those examples are checked before the full expression language exists.
/// </summary>
public static class TensorBuiltins
{
    public static BuiltinRegistry Registry { get; } = Build();

    private static BuiltinRegistry Build()
    {
        var builder = new BuiltinRegistry.Builder();
        TensorFunctions.Register(builder);
        ActivationFunctions.Register(builder);
        LossFunctions.Register(builder);
        return builder.Build();
    }

    /// <summary>Evaluates an example call such as <c>conv2d([[1, 2], [3, 4]], [[1]], padding=1)</c>.</summary>
    public static Value Evaluate(string expression)
    {
        var reader = new Reader(expression);
        var value = reader.Expression();
        reader.ExpectEnd();
        return value;
    }

    /// <summary>A tensor literal such as <c>[[1, 2], [3, 1/2]]</c>.</summary>
    public static Tensor Tensor(string literal) => Evaluate(literal).AsTensor("literal");

    /// <summary>Calls a builtin with already evaluated positional and named arguments, filling in defaults.</summary>
    public static Value Call(string name, IReadOnlyList<Value> positional, IReadOnlyDictionary<string, Value> named)
    {
        if (!Registry.TryGet(name, out var function)) throw new InvalidOperationException($"no builtin '{name}'");
        if (positional.Count > function.Parameters.Length)
            throw new EvaluationException($"{name} takes at most {function.Parameters.Length} arguments, got {positional.Count}");
        var values = new Dictionary<string, Value>();
        for (var i = 0; i < positional.Count; i++) values[function.Parameters[i].Name] = positional[i];
        foreach (var (key, value) in named)
        {
            if (function.Parameters.All(p => p.Name != key)) throw new EvaluationException($"{name} has no parameter '{key}'");
            values[key] = value;
        }
        foreach (var p in function.Parameters)
            if (!values.ContainsKey(p.Name))
                values[p.Name] = p.Default ?? throw new EvaluationException($"{name}: missing argument '{p.Name}'");
        return function.Body(new BuiltinArguments(function, values, positional));
    }

    private sealed class Reader(string text)
    {
        private int _at;

        public Value Expression()
        {
            var left = Unary();
            while (Skip('/'))
                left = Value.Of(left.AsNumber("dividend") / Unary().AsNumber("divisor"));
            return left;
        }

        public void ExpectEnd()
        {
            SkipSpace();
            if (_at != text.Length) throw new FormatException($"unexpected '{text[_at..]}' in {text}");
        }

        private Value Unary() => Skip('-') ? Value.Of(-Unary().AsNumber("negated value")) : Primary();

        private Value Primary()
        {
            SkipSpace();
            if (Skip('[')) return Value.List(Items(']'));
            if (Skip('"'))
            {
                var end = text.IndexOf('"', _at);
                var s = text[_at..end];
                _at = end + 1;
                return Value.Of(s);
            }
            if (char.IsAsciiDigit(text[_at]))
            {
                var start = _at;
                while (_at < text.Length && (char.IsAsciiDigit(text[_at]) || text[_at] == '.')) _at++;
                return Value.Of(DeepExam.Numbers.Rational.Parse(text[start.._at]));
            }
            var name = Name();
            switch (name)
            {
                case "true": return Value.Of(true);
                case "false": return Value.Of(false);
                case "none": return NoneValue.Instance;
            }
            if (!Skip('(')) throw new FormatException($"expected '(' after {name} in {text}");
            var positional = new List<Value>();
            var named = new Dictionary<string, Value>();
            if (!Skip(')'))
            {
                do
                {
                    SkipSpace();
                    var mark = _at;
                    if (char.IsAsciiLetter(text[_at]))
                    {
                        var key = Name();
                        if (Skip('=')) { named[key] = Expression(); continue; }
                        _at = mark;
                    }
                    positional.Add(Expression());
                } while (Skip(','));
                if (!Skip(')')) throw new FormatException($"expected ')' in {text}");
            }
            return Call(name, positional, named);
        }

        private List<Value> Items(char close)
        {
            var items = new List<Value>();
            if (Skip(close)) return items;
            do items.Add(Expression()); while (Skip(','));
            if (!Skip(close)) throw new FormatException($"expected '{close}' in {text}");
            return items;
        }

        private string Name()
        {
            SkipSpace();
            var start = _at;
            while (_at < text.Length && (char.IsAsciiLetterOrDigit(text[_at]) || text[_at] == '_')) _at++;
            if (start == _at) throw new FormatException($"expected a name at '{text[_at..]}' in {text}");
            return text[start.._at];
        }

        private bool Skip(char c)
        {
            SkipSpace();
            if (_at < text.Length && text[_at] == c) { _at++; return true; }
            return false;
        }

        private void SkipSpace()
        {
            while (_at < text.Length && char.IsWhiteSpace(text[_at])) _at++;
        }
    }
}
