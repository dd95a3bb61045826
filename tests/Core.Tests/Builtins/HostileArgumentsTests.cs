using System.Diagnostics;
using System.Numerics;
using DeepExam.Builtins;
using DeepExam.Evaluation;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Parsing;
using DeepExam.Expressions.Syntax;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Tests.Builtins;

/// <summary>
/// Every builtin, called with its documented example's arguments and then with one argument at a time replaced by
/// something hostile: huge and tiny exact numbers, approximate numbers near the double range's edges, zero and
/// negative sizes, empty and mistyped lists, tensors of such numbers. The only failures allowed are evaluation
/// errors that begin with the function's name, and every result must be finite.
/// </summary>
public class HostileArgumentsTests
{
    private static readonly Rational Huge = new(BigInteger.Pow(10, 400));

    private static readonly (string Name, Value Value)[] Hostile =
    [
        ("0", Value.Of(0)),
        ("-1", Value.Of(-1)),
        ("1/3", Value.Of(new Rational(1, 3))),
        ("2^31", Value.Of(new BigInteger(int.MaxValue) + 1)),
        ("100000", Value.Of(100000)),
        ("10^400", Value.Of(Huge)),
        ("-10^400", Value.Of(-Huge)),
        ("10^-400", Value.Of(1 / Huge)),
        ("1e308", Value.Of(Number.Approx(1e308))),
        ("-1e308", Value.Of(Number.Approx(-1e308))),
        ("5e-324", Value.Of(Number.Approx(double.Epsilon))),
        ("0.0", Value.Of(Number.Approx(0))),
        // Evaluation never makes these; a caller outside it could.
        ("Infinity", Value.Of(Number.Approx(double.PositiveInfinity))),
        ("[NaN, 1]", Value.Of(Tensor.Vector(Number.Approx(double.NaN), 1))),
        ("[[1, NaN], [2, 3]]", Value.Of(Tensor.Create([2, 2], [1, Number.Approx(double.NaN), 2, 3]))),
        ("true", Value.Of(true)),
        ("\"x\"", Value.Of("x")),
        ("none", NoneValue.Instance),
        ("[]", Value.List([])),
        ("[10^400, -10^400]", Value.Of(Tensor.Vector(Huge, -Huge))),
        ("[10^400, 1, 2]", Value.List([Value.Of(Huge), Value.Of(1), Value.Of(2)])),
        ("[1e308, 1e308]", Value.Of(Tensor.Vector(Number.Approx(1e308), Number.Approx(1e308)))),
        ("[-1e308, 0, 1e308]", Value.Of(Tensor.Vector(Number.Approx(-1e308), 0, Number.Approx(1e308)))),
        ("[0, 0]", Value.Of(Tensor.Vector(0, 0))),
        ("[10^-400, 10^-400]", Value.Of(Tensor.Vector(1 / Huge, 1 / Huge))),
        ("[[1e308, 1e308], [-1e308, 1e308]]", Value.Of(Tensor.Create([2, 2], [Number.Approx(1e308), Number.Approx(1e308), Number.Approx(-1e308), Number.Approx(1e308)]))),
        ("[[10^400, 1], [1, 10^400]]", Value.Of(Tensor.Create([2, 2], [Huge, 1, 1, Huge]))),
        ("[[0, 0], [0, 0]]", Value.Of(Tensor.Zeros([2, 2]))),
        ("[[[10^400]]]", Value.Of(Tensor.Create([1, 1, 1], [Huge]))),
        ("[[[[1e308]]]]", Value.Of(Tensor.Create([1, 1, 1, 1], [Number.Approx(1e308)]))),
        ("[1, 100000]", Value.Shape([1, 100000])),
        ("[100000, 100000]", Value.Shape([100000, 100000])),
        ("[0, -1]", Value.Shape([0, -1])),
        ("[\"x\"]", Value.List([Value.Of("x")])),
        ("Conv(1, 1, 1)", RecordValue.Create("Conv", ("c_in", Value.Of(1)), ("c_out", Value.Of(1)), ("k", Value.Of(1)))),
        ("Bogus()", RecordValue.Create("Bogus")),
    ];

    public static IEnumerable<TestCaseData> Builtins() =>
        BuiltinRegistry.Default.All.Select(f => new TestCaseData(f.Name).SetName($"Hostile arguments to {f.Name}"));

    [TestCaseSource(nameof(Builtins))]
    public void Fails_only_with_an_evaluation_error_that_names_the_function(string name)
    {
        BuiltinRegistry.Default.TryGet(name, out var function);
        var problems = new List<string>();
        foreach (var example in function.Examples)
        {
            var call = (CallExpr)ExpressionParser.Parse(example.Expression).Root!;
            var evaluator = new ExpressionEvaluator(BuiltinRegistry.Default);
            var arguments = call.Arguments.Select(a => (a.Name, Value: evaluator.Evaluate(a.Value, new Dictionary<string, Value>()))).ToList();
            // Each argument replaced in turn; a variadic builtin also gets one more value.
            for (var i = 0; i < arguments.Count; i++)
                foreach (var hostile in Hostile)
                    Try(function, [.. arguments.Select((a, j) => (a.Name, j == i ? hostile.Value : a.Value))], problems);
            if (function.Variadic)
                foreach (var hostile in Hostile)
                    Try(function, [.. arguments, (null, hostile.Value)], problems);
        }
        Assert.That(problems.Distinct().Take(20), Is.Empty);
    }

    private static void Try(BuiltinFunction function, (string? Name, Value Value)[] args, List<string> problems)
    {
        var scope = new Dictionary<string, Value>();
        var text = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            scope[$"a{i}"] = args[i].Value;
            text.Add(args[i].Name is { } n ? $"{n}=a{i}" : $"a{i}");
        }
        var source = $"{function.Name}({string.Join(", ", text)})";
        var shown = $"{function.Name}({string.Join(", ", args.Select(a => (a.Name is { } n ? n + "=" : "") + Short(a.Value)))})";
        var watch = Stopwatch.StartNew();
        try
        {
            var result = new ExpressionEvaluator(BuiltinRegistry.Default).Evaluate(ExpressionParser.Parse(source).Root!, scope);
            if (!Finite(result)) problems.Add($"{shown} returned a value that is not finite: {result}");
        }
        catch (EvaluationException e)
        {
            if (!e.Message.StartsWith(function.Name + ": ", StringComparison.Ordinal)) problems.Add($"{shown}: the error does not name the function: {e.Message}");
        }
        catch (Exception e)
        {
            problems.Add($"{shown} threw {e.GetType().Name}: {e.Message}");
        }
        // A runaway (a loop bounded only by a huge argument), not speed: the limit holds on a loaded 2-core machine,
        // where a 100,000-digit decimal took 2.2 s of wall time while its own work is a fraction of a second.
        if (watch.Elapsed > TimeSpan.FromSeconds(30)) problems.Add($"{shown} took {watch.Elapsed.TotalSeconds:0.0} s");
    }

    private static string Short(Value v)
    {
        var text = v.ToString();
        return text.Length <= 40 ? text : text[..40] + "…";
    }

    private static bool Finite(Value value) => value switch
    {
        NumberValue n => double.IsFinite(n.Number.ToDouble()) || n.Number.IsExact,
        TensorValue t => t.Tensor.Values.All(x => x.IsExact || double.IsFinite(x.ToDouble())),
        ListValue l => l.Items.All(Finite),
        RecordValue r => r.Fields.All(f => Finite(f.Value)),
        _ => true,
    };
}
