using CsvHelper;
using DeepExam.Grading.Runs;

namespace DeepExam.Grading.Reports;

/// <summary>report.csv: one line per file or student that needs the instructor's attention.</summary>
public static class IssueReportWriter
{
    public static void Write(TextWriter text, IEnumerable<GradingIssue> issues)
    {
        using var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        csv.WriteField("file");
        csv.WriteField("student");
        csv.WriteField("problem");
        csv.EndRecord();
        foreach (var issue in issues)
        {
            csv.WriteField(issue.File);
            csv.WriteField(issue.Student);
            csv.WriteField(issue.Message);
            csv.EndRecord();
        }
    }
}
