using System.Text;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Output;

namespace DeepExam.Tests.Output;

public class ExerciseVersionsTests
{
    [Test]
    public void Hash_is_the_SHA256_of_the_file_in_lower_case_hex()
    {
        // The FIPS 180-2 test vector for "abc".
        Assert.That(ExerciseVersions.Hash("abc"u8.ToArray()), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    [Test]
    public void Hash_reads_CRLF_as_LF_so_a_checkout_that_converts_line_endings_is_not_refused()
    {
        Assert.That(ExerciseVersions.Hash(Encoding.UTF8.GetBytes("id: a\r\ntitle: b\r\n")), Is.EqualTo(ExerciseVersions.Hash(Encoding.UTF8.GetBytes("id: a\ntitle: b\n"))));
    }

    [Test]
    public void Hash_changes_with_any_other_byte_even_a_lone_carriage_return()
    {
        var lf = ExerciseVersions.Hash(Encoding.UTF8.GetBytes("id: a\ntitle: b\n"));
        Assert.That(ExerciseVersions.Hash(Encoding.UTF8.GetBytes("id: a\rtitle: b\n")), Is.Not.EqualTo(lf));
        Assert.That(ExerciseVersions.Hash(Encoding.UTF8.GetBytes("id: a\ntitle: c\n")), Is.Not.EqualTo(lf));
    }

    [Test]
    public void Of_lists_every_exercise_of_every_pool_once_sorted_with_the_hash_of_its_file()
    {
        var exercises = Path.Combine(TestPaths.Repository, "exercises");
        var library = ExerciseLibrary.Open(exercises, exercises, BuiltinRegistry.Default);
        var blueprint = BlueprintLoader.Load(Path.Combine(TestPaths.Repository, "templates", "demo-exam.yaml"), library);

        var versions = ExerciseVersions.Of(blueprint, library);

        Assert.That(versions.Select(v => v.Id), Is.EqualTo(new[]
        {
            "conv-layer-volume", "cross-correlation-gradients", "fc-versus-patches", "feature-map-chain", "locally-connected-params",
            "pooling-small-matrix", "relu-forward-backward", "sgd-linear-step",
        }));
        var pooling = versions.Single(v => v.Id == "pooling-small-matrix");
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(exercises, "pooling-small-matrix.yaml"))));
        Assert.That(pooling, Is.EqualTo(new ExerciseVersion("pooling-small-matrix", expected, Bundled: true)));
    }
}
