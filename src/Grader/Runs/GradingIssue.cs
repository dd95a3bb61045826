namespace DeepExam.Grading.Runs;

/// <summary>One line of the grading report: a file or student that needs the instructor's attention, and why.</summary>
public sealed record GradingIssue(string File, string Student, string Message)
{
    public override string ToString() => $"{(File.Length > 0 ? File : "-")}: {(Student.Length > 0 ? Student + ": " : "")}{Message}";
}
