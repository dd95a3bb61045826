using System.Collections.Immutable;
using DeepExam.Exams;
using DeepExam.Grading.Submissions;

namespace DeepExam.Grading.Runs;

/// <summary>
/// Decides which file counts for which roster student. A file names its student in its 'student'
/// field; when that is missing or the file is unreadable, a file name equal to a student's id (or
/// id-derived file name) identifies them. When several files claim one student, the most recently
/// modified counts (ties: the last name in ordinal order) and the others are reported.
/// </summary>
public static class SubmissionMatcher
{
    public sealed record Match(SubmissionRead Read, ImmutableArray<string> Notes);

    public static (Dictionary<string, Match> ByStudent, List<GradingIssue> Issues) Assign(IReadOnlyList<SubmissionRead> reads, IReadOnlyList<Student> roster)
    {
        var byId = roster.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var byFileName = roster.GroupBy(s => s.FileName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var issues = new List<GradingIssue>();
        var claims = new Dictionary<string, List<SubmissionRead>>(StringComparer.Ordinal);
        foreach (var read in reads)
        {
            var stem = Path.GetFileNameWithoutExtension(read.File.Name);
            Student? student = null;
            if (read.Submission?.StudentId is { Length: > 0 } claimed)
            {
                if (!byId.TryGetValue(claimed, out student))
                {
                    issues.Add(new GradingIssue(read.File.Name, FileQuote.Cut(claimed), "no student with this id is on the roster; the file was not graded"));
                    continue;
                }
            }
            else if (byId.TryGetValue(stem, out var s1) || byFileName.TryGetValue(stem, out s1)) student = s1;
            if (student is null)
            {
                issues.Add(new GradingIssue(read.File.Name, "", read.Problem is null
                    ? "the file does not say which student it is from (no 'student' field) and its name is no student's id; not graded"
                    : $"{read.Problem}; its name is no student's id, so no student could be credited"));
                continue;
            }
            (claims.TryGetValue(student.Id, out var list) ? list : claims[student.Id] = []).Add(read);
        }

        var matches = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var (id, files) in claims)
        {
            var ordered = files.OrderByDescending(f => f.File.LastWriteUtc).ThenByDescending(f => f.File.Name, StringComparer.Ordinal).ToList();
            var notes = ImmutableArray<string>.Empty;
            if (ordered.Count > 1)
            {
                var ignored = string.Join(", ", ordered.Skip(1).Select(f => f.File.Name));
                notes = notes.Add($"{ordered.Count} files claim this student: {ordered[0].File.Name} counts (the most recently modified); ignored: {ignored}");
            }
            matches[id] = new Match(ordered[0], notes);
        }
        return (matches, issues);
    }
}
