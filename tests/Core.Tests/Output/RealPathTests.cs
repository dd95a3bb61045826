using DeepExam.Output;

namespace DeepExam.Tests.Output;

/// <summary>Real paths: every link on the way resolved, as the kernel follows them.</summary>
public class RealPathTests
{
    private string _work = "";

    [SetUp]
    public void CreateWorkFolder()
    {
        // The temporary folder may itself be reached through a link (macOS's /tmp): compare against its real path.
        _work = RealPath.Resolve(Directory.CreateTempSubdirectory("deepexam-realpath-").FullName);
        Directory.CreateDirectory(Path.Combine(_work, "real", "inner"));
        Directory.CreateSymbolicLink(Path.Combine(_work, "link"), Path.Combine(_work, "real"));
        Directory.CreateSymbolicLink(Path.Combine(_work, "relative"), "real/inner");
        Directory.CreateSymbolicLink(Path.Combine(_work, "real", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_work, "chain"), "link");
        File.CreateSymbolicLink(Path.Combine(_work, "dangling"), Path.Combine(_work, "nowhere", "x"));
        Directory.CreateSymbolicLink(Path.Combine(_work, "loop"), "loop");
    }

    [TearDown]
    public void RemoveWorkFolder() => Directory.Delete(_work, recursive: true);

    [TestCase("real", "real")]
    [TestCase("link", "real")]
    [TestCase("link/", "real")]
    [TestCase("link//inner/", "real/inner")]
    [TestCase("chain/inner", "real/inner")]
    [TestCase("relative", "real/inner")]
    [TestCase("relative/..", "", Description = "after a link, .. is lexical first, as .NET's file functions read it: relative/.. is the work folder")]
    [TestCase("real/up/link/inner", "real/inner", Description = "a link to .. inside the tree")]
    [TestCase("link/not-yet/deeper", "real/not-yet/deeper")]
    [TestCase("dangling", "nowhere/x")]
    [TestCase("dangling/below", "nowhere/x/below")]
    public void Resolves_every_link_on_the_way(string path, string expected)
    {
        Assert.That(RealPath.Resolve(Path.Combine(_work, path)), Is.EqualTo(Path.Combine(_work, expected)));
    }

    [Test]
    public void A_relative_path_is_taken_from_the_current_folder()
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(_work, "link", "inner"));
        Assert.That(RealPath.Resolve(relative), Is.EqualTo(Path.Combine(_work, "real", "inner")));
    }

    [Test]
    public void A_link_loop_is_an_error_rather_than_a_hang() =>
        Assert.That(() => RealPath.Resolve(Path.Combine(_work, "loop", "x")), Throws.InstanceOf<IOException>().With.Message.Contains("too many levels of symbolic links"));

    [TestCase("/a/b", "/a", true)]
    [TestCase("/a", "/a", true)]
    [TestCase("/a/", "/a", true)]
    [TestCase("/a", "/a/", true)]
    [TestCase("/ab", "/a", false, Description = "a common prefix is not containment")]
    [TestCase("/a", "/a/b", false)]
    [TestCase("/anything", "/", true)]
    public void Containment_is_by_whole_components(string path, string folder, bool inside) =>
        Assert.That(RealPath.IsSameOrInside(path, folder), Is.EqualTo(inside));
}
