using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// Who an LMS says handed in a file, read from the file's path in the LMS's "download all submissions":
/// <list type="bullet">
/// <item>Moodle's assignment writes a folder per participant, <c>Full Name_123456_assignsubmission_file</c>
/// (before Moodle 4.1 with a trailing '_'), or with "download submissions in folders" off, flat files whose
/// names begin with that prefix and '_'. The number is the participant's id in this assignment.</item>
/// <item>Canvas writes flat files <c>lastfirst_123_4567_answers.yaml</c>: the name in lower case without
/// spaces, last name first, "_LATE" after it for a late submission, then the user id and the file's id,
/// then the name the student gave the file.</item>
/// </list>
/// The grader identifies a student by the <c>student</c> and <c>check</c> fields inside the file, never by
/// this; it is kept to lay out the feedback upload as the LMS expects and to report a file whose LMS owner
/// and <c>student</c> field disagree. <see cref="Prefix"/> is the part of the path that names the participant,
/// with its separator ('/' after a folder, '_' in a flat name): the LMS matches uploads by it.
/// </summary>
public sealed partial record LmsSubmitter(LmsKind Lms, string Name, string Id, string Prefix)
{
    [GeneratedRegex(@"^(?<name>[^/]+?)_(?<id>[0-9]+)_(?<plugin>assignsubmission_[a-z0-9]+)(?<end>_?/|_)", RegexOptions.CultureInvariant)]
    private static partial Regex MoodlePrefix();

    [GeneratedRegex(@"^(?<name>[^_/]+)(?<late>_late)?_(?<id>[0-9]+)_(?<file>[0-9]+)_[^/]+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CanvasName();

    /// <summary>
    /// The submitter named by a path relative to what the instructor passed (an entry of the ZIP, or a file
    /// below the folder it was extracted into). As Moodle's own feedback import does, any folder of the
    /// path may be the participant's, so a download extracted into a folder of its own still reads.
    /// </summary>
    public static LmsSubmitter? Of(string path)
    {
        for (var start = 0; start < path.Length; start = path.IndexOf('/', start) + 1)
        {
            if (MoodlePrefix().Match(path[start..]) is { Success: true } m)
                return new LmsSubmitter(LmsKind.Moodle, m.Groups["name"].Value, m.Groups["id"].Value, path[..(start + m.Length)]);
            if (path.IndexOf('/', start) < 0) break;
        }
        var last = path.LastIndexOf('/') + 1;
        if (CanvasName().Match(path[last..]) is { Success: true } c)
            return new LmsSubmitter(LmsKind.Canvas, c.Groups["name"].Value, c.Groups["id"].Value, path[..(last + c.Groups["file"].Index + c.Groups["file"].Length + 1)]);
        return null;
    }

    /// <summary>
    /// Whether the LMS's name for the submitter is a roster name. Names are compared as their letters and
    /// digits, ignoring case and accents: Moodle's "Ada Lovelace" by its words in any order (a roster may
    /// write "Lovelace, Ada"), Canvas's "lovelaceada" as the roster's words run together in any rotation.
    /// </summary>
    public bool NameMatches(string rosterName)
    {
        var words = Words(rosterName);
        if (words.Count == 0) return true;
        if (Lms == LmsKind.Moodle) return Words(Name).Order(StringComparer.Ordinal).SequenceEqual(words.Order(StringComparer.Ordinal));
        var run = string.Concat(Words(Name));
        return Enumerable.Range(0, words.Count).Any(i => string.Concat(words.Skip(i).Concat(words.Take(i))) == run);
    }

    private static List<string> Words(string name)
    {
        var folded = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return [.. folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>"Moodle participant 123456 (Ada Lovelace)", for report lines.</summary>
    public override string ToString() => Lms == LmsKind.Moodle ? $"Moodle participant {Id} ({Name})" : $"Canvas user {Id} ({Name})";
}

/// <summary>The LMS whose download layout a file's path follows.</summary>
public enum LmsKind { Moodle, Canvas }
