using DeepExam.Grading.Runs;
using DeepExam.Output;

namespace DeepExam.Grading.Reports;

/// <summary>report.csv: one line per file or student that needs the instructor's attention; every cell is free text.</summary>
public static class IssueReportWriter
{
    public static void Write(TextWriter text, IEnumerable<GradingIssue> issues)
    {
        using var csv = new SafeCsvWriter(text);
        csv.Text("file");
        csv.Text("student");
        csv.Text("problem");
        csv.EndRecord();
        foreach (var issue in issues)
        {
            csv.Text(issue.File);
            csv.Text(issue.Student);
            csv.Text(issue.Message);
            csv.EndRecord();
        }
    }
}
