using System.Collections.Immutable;

namespace DeepExam.Exports;

/// <summary>Every question-bank format <c>export</c> knows; a new one is its writer and one line here.</summary>
public static class QuestionBankFormats
{
    public static readonly ImmutableArray<QuestionBankFormat> All = [Moodle.MoodleXmlWriter.Format, Qti.Qti21Writer.Format];

    public static IEnumerable<string> Names => All.Select(f => f.Name);

    public static QuestionBankFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
