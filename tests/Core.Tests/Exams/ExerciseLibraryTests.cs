using DeepExam.Builtins;
using DeepExam.Diagnostics;
using DeepExam.Exams;

namespace DeepExam.Tests.Exams;

public class ExerciseLibraryTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("deepexam-library-").FullName;
        foreach (var id in new[] { "conv-layer-volume", "feature-map-chain" })
            File.Copy(Path.Combine(TestPaths.Repository, "exercises", id + ".yaml"), Path.Combine(_folder, id + ".yaml"));
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private void WriteBroken(string name) =>
        File.WriteAllText(Path.Combine(_folder, name), "schema: 2\nid: broken\ntitle: Broken\nparts: 3\n");

    private string Blueprint(string exercise)
    {
        var path = Path.Combine(_folder, "..", Path.GetFileName(_folder) + "-exam.yaml");
        File.WriteAllText(path, $"schema: 1\nid: e\ntitle: E\nexercises:\n  - exercise: {exercise}\n    points: 3\n");
        return path;
    }

    [Test]
    public void An_exam_loads_only_its_own_exercises_so_a_broken_neighbour_does_not_stop_it()
    {
        WriteBroken("broken.yaml");
        var blueprintPath = Blueprint("feature-map-chain");
        try
        {
            var blueprint = BlueprintLoader.Load(blueprintPath, ExerciseLibrary.Open(_folder, BuiltinRegistry.Default));
            Assert.That(blueprint.Slots.Single().Pool, Is.EqualTo(new[] { "feature-map-chain" }));
            var all = Assert.Throws<InputException>(() => ExerciseLibrary.Load(_folder, BuiltinRegistry.Default));
            Assert.That(all!.Diagnostics.Select(d => d.Location.File), Has.All.EndsWith("broken.yaml"));
        }
        finally
        {
            File.Delete(blueprintPath);
        }
    }

    [Test]
    public void An_exam_using_a_broken_exercise_reports_its_lines()
    {
        WriteBroken("broken.yaml");
        var blueprintPath = Blueprint("broken");
        try
        {
            var error = Assert.Throws<InputException>(() => BlueprintLoader.Load(blueprintPath, ExerciseLibrary.Open(_folder, BuiltinRegistry.Default)));
            Assert.That(error!.Diagnostics.Select(d => d.ToString()), Has.Some.Match(@"broken\.yaml:4:\d+: error DX1014: \[broken\]"));
        }
        finally
        {
            File.Delete(blueprintPath);
        }
    }

    [Test]
    public void A_template_is_found_by_its_file_name_and_must_declare_that_id()
    {
        File.Move(Path.Combine(_folder, "feature-map-chain.yaml"), Path.Combine(_folder, "chain.yaml"));
        var library = ExerciseLibrary.Open(_folder, BuiltinRegistry.Default);
        Assert.That(library.Ids, Is.EqualTo(new[] { "chain", "conv-layer-volume" }));
        var error = Assert.Throws<InputException>(() => _ = library["chain"]);
        Assert.That(error!.Diagnostics.Single().ToString(),
            Does.Match(@"chain\.yaml:\d+:\d+: error DX1104: \[feature-map-chain\] id 'feature-map-chain' must match the file name: rename the file to feature-map-chain\.yaml or the id to 'chain'"));
    }

    [Test]
    public void Two_files_with_one_name_in_different_folders_are_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "old"));
        File.Copy(Path.Combine(_folder, "feature-map-chain.yaml"), Path.Combine(_folder, "old", "feature-map-chain.yaml"));
        var error = Assert.Throws<InputException>(() => ExerciseLibrary.Open(_folder, BuiltinRegistry.Default));
        Assert.That(error!.Diagnostics.Select(d => (d.Code, d.Subject)), Is.EqualTo(new[] { (DiagnosticCodes.ExerciseIdTwice, (string?)"feature-map-chain") }));
    }

    [Test]
    public void A_template_is_read_once_however_often_it_is_asked_for()
    {
        var library = ExerciseLibrary.Open(_folder, BuiltinRegistry.Default);
        Assert.That(library["feature-map-chain"], Is.SameAs(library["feature-map-chain"]));
    }
    [Test]
    public void A_course_folder_comes_before_the_bundled_library_and_its_copy_of_a_bundled_id_shadows_it()
    {
        var course = Directory.CreateTempSubdirectory("deepexam-course-").FullName;
        try
        {
            File.Copy(Path.Combine(TestPaths.Repository, "exercises", "pooling-output-size.yaml"), Path.Combine(course, "pooling-output-size.yaml"));
            File.Copy(Path.Combine(_folder, "feature-map-chain.yaml"), Path.Combine(course, "feature-map-chain.yaml"));

            var library = ExerciseLibrary.Open(course, _folder, BuiltinRegistry.Default);

            Assert.That(library.Ids, Is.EqualTo(new[] { "conv-layer-volume", "feature-map-chain", "pooling-output-size" }));
            Assert.That(library.OwnIds, Is.EqualTo(new[] { "feature-map-chain", "pooling-output-size" }));
            Assert.That(library.FileOf("feature-map-chain"), Is.EqualTo(Path.Combine(course, "feature-map-chain.yaml")));
            Assert.That(library.FileOf("conv-layer-volume"), Is.EqualTo(Path.Combine(_folder, "conv-layer-volume.yaml")));
            Assert.That(new[] { "conv-layer-volume", "feature-map-chain", "pooling-output-size" }.Select(library.IsBundled), Is.EqualTo(new[] { true, false, false }));
            Assert.That(library.Shadowed, Is.EqualTo(new[] { "feature-map-chain" }));
            Assert.That(library.ShadowNotes.Single(), Does.EndWith("feature-map-chain.yaml shadows the bundled exercise of the same id"));
        }
        finally
        {
            Directory.Delete(course, recursive: true);
        }
    }

    [Test]
    public void The_bundled_library_as_the_exercise_folder_is_all_its_own_all_bundled_and_shadows_nothing()
    {
        var library = ExerciseLibrary.Open(_folder, _folder, BuiltinRegistry.Default);
        Assert.That(library.OwnIds, Is.EqualTo(new[] { "conv-layer-volume", "feature-map-chain" }));
        Assert.That(library.Ids.All(library.IsBundled), Is.True);
        Assert.That(library.ShadowNotes, Is.Empty);
    }

    [Test]
    public void A_note_on_many_shadowed_exercises_names_five_and_counts_the_rest()
    {
        var bundled = Path.Combine(TestPaths.Repository, "exercises");
        foreach (var id in new[] { "activation-values", "conv1d-backward", "fc-as-conv", "maxpool-backward", "relu-forward-backward", "vgg16-total", "zero-padded-conv" })
            File.Copy(Path.Combine(bundled, id + ".yaml"), Path.Combine(_folder, id + ".yaml"));

        var note = ExerciseLibrary.Open(_folder, bundled, BuiltinRegistry.Default).ShadowNotes.Single();

        // conv-layer-volume and feature-map-chain, copied in by the set-up, are bundled ids too: nine in all.
        Assert.That(note, Does.Match(@"^\S*activation-values\.yaml, \S*conv-layer-volume\.yaml, \S*conv1d-backward\.yaml, \S*fc-as-conv\.yaml, \S*feature-map-chain\.yaml and 4 more shadow the bundled exercises of the same id$"));
    }
}
