using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Exports;

namespace DeepExam.Tests.Exports;

public class VariantSetSamplerTests
{
    private static readonly ExerciseLibrary Library = ExerciseLibrary.Open(Path.Combine(TestPaths.Repository, "exercises"), null, BuiltinRegistry.Default);

    private static VariantSet Sample(string id, int count, string secret = "s") =>
        new VariantSetSampler("exam", secret).Sample(new BankExercise(2, id, null, null), Library[id], count);

    [Test]
    public void The_variants_of_a_set_are_distinct()
    {
        var set = Sample("pooling-output-size", 30);
        Assert.That(set.Variants.Select(v => v.Exercise.Variant.Fingerprint).Distinct().Count(), Is.EqualTo(30));
        Assert.That(set.Note, Is.Null);
    }

    [Test]
    public void A_draw_that_repeats_an_earlier_variant_is_replaced_by_the_next()
    {
        var set = Sample("object-detectors-stages", 40);
        var draws = set.Variants.Select(v => v.Draw).ToList();
        // 48 combinations: 40 distinct ones take more than 40 draws, and the labels keep the draw that made each.
        Assert.That((set.Variants.Length, draws.Max() > 40, draws.SequenceEqual(draws.Order())), Is.EqualTo((40, true, true)));
        Assert.That(set.Variants.Select(v => v.Label).First(), Is.EqualTo("variant-1"));
    }

    [Test]
    public void The_same_exam_and_secret_give_the_same_set_and_another_secret_another()
    {
        var first = Sample("conv-layer-volume", 5).Variants.Select(v => v.Exercise.Variant.Fingerprint);
        var again = Sample("conv-layer-volume", 5).Variants.Select(v => v.Exercise.Variant.Fingerprint);
        var other = Sample("conv-layer-volume", 5, "another").Variants.Select(v => v.Exercise.Variant.Fingerprint);
        Assert.That((first.SequenceEqual(again), first.SequenceEqual(other)), Is.EqualTo((true, false)));
    }
}
