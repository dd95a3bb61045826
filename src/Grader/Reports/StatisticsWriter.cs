using System.Globalization;
using System.Text;
using DeepExam.Output;

namespace DeepExam.Grading.Reports;

/// <summary>stats.yaml: per part, the mean score, the share of full marks and the most common wrong answers.</summary>
public static class StatisticsWriter
{
    public static string Write(IEnumerable<PartStatistics> statistics)
    {
        var y = new StringBuilder("# Per part: how the class did on the answers handed in.\nparts:\n");
        foreach (var s in statistics)
        {
            y.Append("  - key: ").Append(YamlText.Quote(s.Key)).Append('\n');
            y.Append("    exercise: ").Append(YamlText.Quote(s.Exercise)).Append('\n');
            y.Append("    part: ").Append(YamlText.Quote(s.Part)).Append('\n');
            y.Append("    submissions: ").Append(s.Submissions).Append('\n');
            y.Append("    answered: ").Append(s.Answered).Append('\n');
            y.Append("    mean_score: ").Append(s.MeanShare.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
            y.Append("    full_marks: ").Append(s.FullMarksShare.ToString("0.###", CultureInfo.InvariantCulture)).Append('\n');
            if (s.CommonWrongAnswers.IsEmpty) continue;
            y.Append("    common_wrong_answers:\n");
            foreach (var w in s.CommonWrongAnswers)
            {
                y.Append("      - answer: ").Append(YamlText.Quote(w.Answer)).Append('\n');
                y.Append("        count: ").Append(w.Count).Append('\n');
                if (w.Matched is not null) y.Append("        matched: ").Append(YamlText.Quote(w.Matched)).Append('\n');
            }
        }
        return y.ToString();
    }
}
