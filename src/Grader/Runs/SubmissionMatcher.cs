using System.Collections.Immutable;
using DeepExam.Exams;
using DeepExam.Grading.Submissions;

namespace DeepExam.Grading.Runs;

/// <summary>
/// Decides which file counts for which roster student. A file names its student in its 'student'
/// field, matched to the roster ignoring case; a file without one, or one that cannot be read, is the
/// student's whose id (or id-derived file name) is its name.
/// <para>
/// Of a student's files, the newest that qualifies counts: readable, not for another exam, and with
/// the student's check code. The check code is an HMAC of the exam and the student under the secret,
/// so a file that carries it was written on this student's sheet of this exam even when it names
/// neither. When no file qualifies, the one that best shows what went wrong counts: the newest
/// readable file for this exam (graded, its check code flagged), else the newest readable one for
/// another exam, else the newest unreadable one. Ties in time go to the last name in ordinal order, and
/// between entries of a ZIP with the same name and time (ZIP times have 2-second steps), to the later entry.
/// Every file passed over gets a report line saying why.
/// </para>
/// </summary>
public static class SubmissionMatcher
{
    public sealed record Match(SubmissionRead Read, ImmutableArray<string> Notes);

    /// <summary>How a file stands as a student's, best first.</summary>
    private enum Standing { Qualifies, NotTheirCheckCode, OtherExam, Unreadable }

    private sealed record Claim(SubmissionRead Read, string? Note)
    {
        public string Name => Read.File.Name;
    }

    public static (Dictionary<string, Match> ByStudent, List<GradingIssue> Issues) Assign(
        IReadOnlyList<SubmissionRead> reads, IReadOnlyList<Student> roster, string examId, Func<Student, string> checkCodeOf)
    {
        var byId = roster.ToDictionary(s => s.Id, StringComparer.Ordinal);
        // The roster loader refuses ids that differ only in case, so at most one student matches.
        var byIdIgnoringCase = roster.GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var byFileName = roster.GroupBy(s => s.FileName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var issues = new List<GradingIssue>();
        var claims = new Dictionary<string, List<Claim>>(StringComparer.Ordinal);
        foreach (var read in reads)
        {
            // In an LMS download's flat names, the student's own file name follows the LMS's prefix.
            var owner = LmsSubmitter.Of(read.File.Name);
            var stem = Path.GetFileNameWithoutExtension(owner is null ? read.File.Name : read.File.Name[owner.Prefix.Length..]);
            Student? student = null;
            string? note = null;
            if (read.Submission?.StudentId is { Length: > 0 } claimed)
            {
                if (!byId.TryGetValue(claimed, out student))
                {
                    if (!byIdIgnoringCase.TryGetValue(claimed, out student))
                    {
                        issues.Add(new GradingIssue(read.File.Name, FileQuote.Cut(claimed), "no student with this id is on the roster; the file was not graded"));
                        continue;
                    }
                    note = $"the file says '{claimed}'; matched to roster id {student.Id}";
                }
            }
            else if (byIdIgnoringCase.TryGetValue(stem, out var s1) || byFileName.TryGetValue(stem, out s1)) student = s1;
            if (student is null)
            {
                issues.Add(new GradingIssue(read.File.Name, "", read.Problem is null
                    ? "the file does not say which student it is from (no 'student' field) and its name is no student's id; not graded"
                    : $"{read.Problem}; its name is no student's id, so no student could be credited"));
                continue;
            }
            // An LMS download also says whose the file is; the fields inside decide, and a disagreement is said.
            if (owner is not null && !owner.NameMatches(student.Name))
                note = (note is null ? "" : note + "; ") + $"the LMS download puts this file under {owner}, but it is graded as {student.Id} ({student.Name}), whom its fields name";
            (claims.TryGetValue(student.Id, out var list) ? list : claims[student.Id] = []).Add(new Claim(read, note));
        }

        var matches = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var student in roster)
        {
            if (!claims.TryGetValue(student.Id, out var files)) continue;
            if (files is [var only])
            {
                // Nothing to choose: the grader says what is wrong with the file, if anything.
                matches[student.Id] = new Match(only.Read, only.Note is { } n ? [n] : []);
                continue;
            }
            var code = checkCodeOf(student);
            var ranked = files.Select(f => (Claim: f, Standing: StandingOf(f.Read, examId, code)))
                .OrderBy(f => f.Standing).ThenByDescending(f => f.Claim.Read.File.LastWriteUtc)
                .ThenByDescending(f => f.Claim.Name, StringComparer.Ordinal).ThenByDescending(f => f.Claim.Read.File.ArchiveOrder).ToList();
            var (counted, standing) = ranked[0];
            var others = string.Join(", ", ranked.Skip(1).Take(FileQuote.MaxItems).Select(f => f.Claim.Name))
                + (ranked.Count - 1 > FileQuote.MaxItems ? $" and {FileQuote.Count(ranked.Count - 1 - FileQuote.MaxItems)} more" : "");
            var chosen = $"{ranked.Count} files claim this student: {counted.Name} counts ({Why(standing)}); not graded: {others}";
            matches[student.Id] = new Match(counted.Read, counted.Note is { } note ? [note, chosen] : [chosen]);
            foreach (var (other, otherStanding) in ranked.Skip(1))
                issues.Add(new GradingIssue(other.Name, student.Id, $"not graded: {PassedOver(other, otherStanding, counted, standing)}"));
        }
        return (matches, issues);
    }

    // The same tests the grader applies, so a file that qualifies here is graded without a flag there.
    private static Standing StandingOf(SubmissionRead read, string examId, string code) =>
        read.Submission is not { } s ? Standing.Unreadable
        : s.ExamId is { } e && e != examId ? Standing.OtherExam
        : CheckCode.Matches(code, s.CheckCode) ? Standing.Qualifies
        : Standing.NotTheirCheckCode;

    private static string Why(Standing standing) => standing switch
    {
        Standing.Qualifies => "the newest that can be read and has this student's check code",
        Standing.NotTheirCheckCode => "none has this student's check code; this is the newest readable one for this exam",
        Standing.OtherExam => "none is for this exam; this is the newest readable one",
        _ => "none can be read; this is the newest",
    };

    private static string PassedOver(Claim file, Standing standing, Claim counted, Standing countedStanding)
    {
        if (standing == countedStanding)
            return file.Read.File.LastWriteUtc < counted.Read.File.LastWriteUtc
                ? $"older than {counted.Name}, which counts"
                : file.Name == counted.Name
                    ? $"an earlier entry of the archive with the same name and time as the one that counts"
                    : $"modified at the same time as {counted.Name}, which counts (of files modified together, the last by name counts)";
        var why = standing switch
        {
            Standing.NotTheirCheckCode => file.Read.Submission!.CheckCode is null ? "the file has no check code" : "the check code is not this student's",
            Standing.OtherExam => $"the file is for exam '{FileQuote.Cut(file.Read.Submission!.ExamId!)}'",
            _ => $"the file cannot be read ({file.Read.Problem})",
        };
        return $"{why}; {counted.Name} counts";
    }
}
