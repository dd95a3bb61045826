using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Exports.Moodle;

/// <summary>
/// One question of Moodle XML, as written: its type (numerical, multichoice, truefalse or cloze), name and id number, text and
/// general feedback, grade, and answers in file order (none for a Cloze question, whose answers live in its text).
/// <see cref="Single"/> is multichoice's one-or-many.
/// </summary>
public sealed record MoodleQuestion(
    string Type,
    string Name,
    string IdNumber,
    MoodleText Text,
    MoodleText GeneralFeedback,
    Rational DefaultGrade,
    ImmutableArray<MoodleAnswer> Answers,
    bool Single = true);
