using DeepExam.Numbers;

namespace DeepExam.Exports.Moodle;

/// <summary>
/// One answer of a numerical, multichoice or truefalse question: its percentage of the grade, its text (a decimal, an
/// option's HTML, "true" or "false"), the feedback shown when it is the one matched, and a numerical answer's tolerance.
/// </summary>
public sealed record MoodleAnswer(string Percent, string Text, bool IsHtml, string Feedback, Rational? Tolerance = null);
