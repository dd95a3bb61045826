using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Sampling;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using DeepExam.Values;

namespace DeepExam.Tests.Sampling;

/// <summary>
/// Pins and the two purposes of constraints: a <c>purpose: distinguish</c> constraint that the pins decide on their own is
/// waived, so a sheet's own numbers can be used even where a known mistake then gives the right answer; every other
/// constraint, and every constraint of a draw, applies as always.
/// </summary>
public class PinnedConstraintsTests
{
    // The stride 3 with N = 32 and K = 5 divides 27: the ceil slip would give the right answer.
    private static readonly Lazy<ExerciseTemplate> Strided = new(() =>
    {
        var result = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText("""
            schema: 2
            id: t
            title: T
            parameters:
              N: { int: [20, 40] }
              K: { choice: [3, 5] }
              S: { choice: [2, 3] }
            derived:
              out: conv_out(N, K, stride=S)
            constraints:
              - check: out >= 3
              - check: (N - K) % S != 0
                message: rounding down matters
                purpose: distinguish
            parts:
              - id: a
                prompt: x
                kind: integer
                answer: out
                points: 1
                mistakes:
                  - answer: ceil((N - K) / S) + 1
                    feedback: Round down.
            """, "t.yaml");
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        return result.Template!;
    });

    private static readonly ExpressionEvaluator Evaluator = new(BuiltinRegistry.Default);
    private static readonly VariantSampler Sampler = new(Evaluator);

    private static Dictionary<string, Value> Pins(string names) =>
        names.Split(',', StringSplitOptions.RemoveEmptyEntries).ToDictionary(n => n, n => Value.Of(n switch { "N" => 32, "K" => 5, _ => 3 }), StringComparer.Ordinal);

    [TestCase("", false, false, TestName = "Without pins nothing is waived")]
    [TestCase("N,K", false, false, TestName = "A distinguishing constraint that reads an unpinned parameter is not waived")]
    [TestCase("N,K,S", false, true, TestName = "A distinguishing constraint decided by the pins is waived, a valid one is not")]
    [TestCase("S", false, false, TestName = "A constraint that also reads unpinned parameters is not decided by the pins")]
    public void Waived_are_the_distinguishing_constraints_decided_by_the_pins(string pinned, bool valid, bool distinguish) =>
        Assert.That(PinnedConstraints.Waived(Strided.Value, Pins(pinned).Keys), Is.EqualTo(new[] { valid, distinguish }));

    [Test]
    public void Pins_that_break_a_distinguishing_constraint_are_accepted_and_keep_their_values()
    {
        Assert.That(PinnedConstraints.Problem(Strided.Value, Pins("N,K,S"), Evaluator), Is.Null);
        var variant = Sampler.Sample(Strided.Value, VariantSeed.Random("e", "k", "s", "1"), Pins("N,K,S"));
        Assert.That(variant.Scope()["out"].ToString(), Is.EqualTo("10"));
    }

    [Test]
    public void Pins_that_break_a_valid_constraint_are_still_an_error()
    {
        var pins = new Dictionary<string, Value> { ["N"] = Value.Of(8), ["K"] = Value.Of(5), ["S"] = Value.Of(3) };
        Assert.That(PinnedConstraints.Problem(Strided.Value, pins, Evaluator), Is.EqualTo("the pinned values N=8, K=5, S=3 do not meet constraint 'out >= 3'"));
        Assert.Throws<InputException>(() => Sampler.Sample(Strided.Value, VariantSeed.Random("e", "k", "s", "1"), pins));
    }

    [Test]
    public void A_distinguishing_constraint_the_pins_do_not_decide_is_met_by_drawing_the_others()
    {
        // With N = 32 and K = 5 pinned only S = 2 keeps 27 from dividing evenly.
        for (var i = 0; i < 50; i++)
            Assert.That(Sampler.Sample(Strided.Value, VariantSeed.Random("e", "k", $"s{i}", "1"), Pins("N,K")).Scope()["S"].ToString(), Is.EqualTo("2"));
    }

    [Test]
    public void Random_draws_meet_distinguishing_constraints_like_any_other()
    {
        for (var i = 0; i < 200; i++)
        {
            var scope = Sampler.Sample(Strided.Value, VariantSeed.Random("e", "k", $"s{i}", "1")).Scope();
            var (n, k, s) = (Int(scope["N"]), Int(scope["K"]), Int(scope["S"]));
            Assert.That((n - k) % s, Is.Not.Zero);
        }

        static int Int(Value v) => (int)((NumberValue)v).Number.ExactValue.Numerator;
    }
}
