using DeepExam.Grading.Submissions;

namespace DeepExam.Tests.Grading;

public class LmsSubmitterTests
{
    [TestCase("Ada Lovelace_123456_assignsubmission_file/answers.yaml", "Ada Lovelace", "123456", "Ada Lovelace_123456_assignsubmission_file/")]
    [TestCase("Ada Lovelace_123456_assignsubmission_file_/answers.yaml", "Ada Lovelace", "123456", "Ada Lovelace_123456_assignsubmission_file_/")]
    [TestCase("Ada Lovelace_123456_assignsubmission_file_answers.yaml", "Ada Lovelace", "123456", "Ada Lovelace_123456_assignsubmission_file_")]
    [TestCase("download/Jean-Luc O'Neil_7_assignsubmission_file/a/b.yaml", "Jean-Luc O'Neil", "7", "download/Jean-Luc O'Neil_7_assignsubmission_file/")]
    public void Moodle_participant_folders_and_prefixes_are_read(string path, string name, string id, string prefix) =>
        Assert.That(LmsSubmitter.Of(path), Is.EqualTo(new LmsSubmitter(LmsKind.Moodle, name, id, prefix)));

    [TestCase("lovelaceada_4711_90001_answers.yaml", "lovelaceada", "4711", "lovelaceada_4711_90001_")]
    [TestCase("lovelaceada_LATE_4711_90001_answers_v2.yaml", "lovelaceada", "4711", "lovelaceada_LATE_4711_90001_")]
    [TestCase("canvas/lovelaceada_late_4711_90001_a.yaml", "lovelaceada", "4711", "canvas/lovelaceada_late_4711_90001_")]
    public void Canvas_flat_names_are_read(string path, string name, string id, string prefix) =>
        Assert.That(LmsSubmitter.Of(path), Is.EqualTo(new LmsSubmitter(LmsKind.Canvas, name, id, prefix)));

    [TestCase("s1001.yaml")]
    [TestCase("sub/s1001.yaml")]
    [TestCase("Ada_x_assignsubmission_file/a.yaml")]
    public void Other_paths_name_no_submitter(string path) => Assert.That(LmsSubmitter.Of(path), Is.Null);

    [TestCase(LmsKind.Moodle, "Kurt Gödel", "Kurt Godel", true)]
    [TestCase(LmsKind.Moodle, "Ada Lovelace", "Lovelace, Ada", true)]
    [TestCase(LmsKind.Moodle, "Ada Lovelace", "Alan Turing", false)]
    [TestCase(LmsKind.Canvas, "lovelaceada", "Ada Lovelace", true)]
    [TestCase(LmsKind.Canvas, "vonneumannjohn", "John von Neumann", true)]
    [TestCase(LmsKind.Canvas, "turingalan", "Ada Lovelace", false)]
    public void Names_are_compared_by_their_letters_in_any_order(LmsKind lms, string lmsName, string rosterName, bool matches) =>
        Assert.That(new LmsSubmitter(lms, lmsName, "1", "").NameMatches(rosterName), Is.EqualTo(matches));
}
