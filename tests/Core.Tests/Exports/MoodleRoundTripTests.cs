using System.Collections.Immutable;
using System.Globalization;
using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Exports;
using DeepExam.Exports.Moodle;
using DeepExam.Grading.Answers;
using DeepExam.Grading.Scoring;
using DeepExam.Numbers;
using DeepExam.Pdf;
using DeepExam.Solving;
using DeepExam.Templates;
using DeepExam.Templates.Loading;
using DeepExam.Values;

namespace DeepExam.Tests.Exports;

/// <summary>
/// Every exported question read back from its Moodle XML and answered as Moodle would score it, against the solver and the
/// grader: the correct answer (as the question asks for it) gets 100 %; the value of every known mistake lands on a 0 % answer
/// with the feedback of the rule the grader names for it, never on the correct one; neighbouring integers of an exact answer
/// are rejected; choices score as the grader's partial credit does; Cloze fields are read back one by one, weighted like the parts.
/// </summary>
public class MoodleRoundTripTests
{
    private const int Variants = 10;

    private static readonly ExerciseLibrary Library = RoundTripExercises.Library;

    public static IEnumerable<string> BundledExercises() => RoundTripExercises.BundledIds();

    [TestCaseSource(nameof(BundledExercises))]
    public void Every_variant_of_a_bundled_exercise_reads_back_as_the_grader_grades_it(string id) =>
        RoundTrip(Library[id], Variants);

    /// <summary>One-part exercises, which become Moodle's own question types rather than Cloze.</summary>
    private static readonly string[] SinglePart =
    [
        RoundTripExercises.Integer,
        RoundTripExercises.Fraction,
        RoundTripExercises.Digits,
        RoundTripExercises.Approx,
        RoundTripExercises.Choice,
        Exercise("multi", "kind: multi\n    shuffle: true\n    options:\n      - text: \"$m > 2$\"\n        correct: \"true\"\n      - text: \"$n > 1$\"\n        correct: \"true\"\n      - text: \"$m < 0$\"\n        correct: \"false\"\n      - text: \"$n < 0$\"\n        correct: \"false\"\n"),
        RoundTripExercises.Bool,
        RoundTripExercises.Matrix,
    ];

    public static IEnumerable<TestCaseData> SinglePartExercises() =>
        RoundTripExercises.Cases(SinglePart);

    [TestCaseSource(nameof(SinglePartExercises))]
    public void Every_variant_of_a_one_part_exercise_reads_back_as_the_grader_grades_it(string yaml)
    {
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        RoundTrip(loaded.Template!, 12);
    }

    [Test]
    public void One_part_exercises_become_moodles_own_question_types()
    {
        var types = SinglePart.Select(yaml =>
        {
            var template = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml").Template!;
            var (_, bank) = Export(template, 1);
            return bank.Questions.Single().Type + (bank.Questions.Single().Single ? "" : " (multiple)");
        });
        Assert.That(types, Is.EqualTo(new[] { "numerical", "numerical", "numerical", "numerical", "multichoice", "multichoice (multiple)", "truefalse", "cloze" }));
    }

    [Test]
    public void A_multiple_choice_part_with_no_correct_option_is_skipped_and_said_why()
    {
        var template = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(Exercise("none",
            "kind: multi\n    options:\n      - text: \"$m > 100$\"\n        correct: m > 100\n      - text: \"$n > 100$\"\n        correct: n > 100\n"), "t.yaml").Template!;
        var set = new VariantSetSampler("round-trip", "a secret").Sample(new BankExercise(1, "none", null, null), template, 2);
        var written = new MoodleXmlWriter(new QuestionBank("round-trip", "Round trip"), ExportMath.Tex, PdfTextMeasurer.Instance).Write(set);
        Assert.That(written.Skipped.Select(s => s.ToString()), Is.EqualTo(set.Variants.Select(v =>
            $"none {v.Label}: part (a): no option is correct, and a Moodle multiple-choice question needs one")));
        Assert.That(MoodleBankReader.Read(written.Files.Single().Content).Questions, Is.Empty);
    }

    [Test]
    public void A_variant_whose_mistake_lies_within_the_rounding_of_its_answer_is_skipped_and_said_why()
    {
        var template = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(Exercise("close",
            "kind: exact\n    digits: 2\n    answer: m / 7\n    mistakes:\n      - answer: m / 7 + 1 / 1000\n        feedback: Close.\n"), "t.yaml").Template!;
        var set = new VariantSetSampler("round-trip", "a secret").Sample(new BankExercise(1, "close", null, null), template, 1);
        var written = new MoodleXmlWriter(new QuestionBank("round-trip", "Round trip"), ExportMath.Tex, PdfTextMeasurer.Instance).Write(set);
        Assert.That(written.Skipped.Single().Reason, Does.Match(@"^part \(a\): known mistake 1 \(\d+/7000\) lies within ±0\.005\d* of the answer$"));
    }

    private static string Exercise(string id, string part) => RoundTripExercises.Exercise(id, part);

    private static (VariantSet Set, MoodleBankReader.Bank Bank) Export(ExerciseTemplate template, int count)
    {
        var set = new VariantSetSampler("round-trip", "a secret").Sample(new BankExercise(3, template.Id, null, null), template, count);
        var written = new MoodleXmlWriter(new QuestionBank("round-trip", "Round trip"), ExportMath.Tex, PdfTextMeasurer.Instance).Write(set);
        return (set, MoodleBankReader.Read(written.Files.Single().Content));
    }

    private static void RoundTrip(ExerciseTemplate template, int count)
    {
        var (set, bank) = Export(template, count);
        Assert.That(bank.Category, Is.EqualTo($"$course$/Round trip/{template.Id}"));
        var html = new MoodleHtml(ExportMath.Tex, PdfTextMeasurer.Instance);
        Assert.Multiple(() =>
        {
            foreach (var question in bank.Questions)
            {
                var variant = set.Variants.Single(v => $"{template.Id}/{v.Label}" == question.IdNumber);
                Assert.That(question.DefaultGrade, Is.EqualTo(PointsFormat.Decimal(set.Points)));
                Check(question, variant, html);
            }
            // Every variant is in the bank; none is skipped silently (a skipped one would be missing here and listed by the writer).
            Assert.That(bank.Questions.Length, Is.GreaterThan(0));
        });
    }

    private static void Check(MoodleBankReader.Question question, ExportedVariant variant, MoodleHtml html)
    {
        var parts = variant.Question.Parts;
        var cloze = question.Type == "cloze";
        var places = StatedPlaces(question.Text, parts.Length);
        var next = 0;
        var weights = new List<int>();
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Part;
            var where = $"{question.IdNumber} part ({part.Id})";
            string Feedback(int rule) => html.Inline(parts[i].MistakeFeedback[rule]);
            var form = ExportKinds.Of(part.Kind).Form;
            var fields = form == ExportAnswerForm.NumberTable ? NumericalCells.Of(part).Length : 1;
            var answers = new List<ImmutableArray<MoodleBankReader.Answer>>();
            for (var f = 0; f < fields; f++)
            {
                if (cloze)
                {
                    Assert.That(next, Is.LessThan(question.Fields.Length), $"{where}: fewer Cloze fields than entries");
                    if (next >= question.Fields.Length) return;
                    weights.Add(question.Fields[next].Weight);
                    answers.Add(question.Fields[next++].Answers);
                }
                else answers.Add(question.Answers);
            }
            switch (form)
            {
                case ExportAnswerForm.Number:
                    CheckNumber(part, answers[0], places[i], Feedback, where);
                    break;
                case ExportAnswerForm.NumberTable:
                    CheckTable(part, answers, places[i], Feedback, where);
                    break;
                case ExportAnswerForm.SingleChoice or ExportAnswerForm.MultipleChoice:
                    CheckChoice(part, answers[0], Feedback, where);
                    break;
                case ExportAnswerForm.TrueFalse:
                    CheckTrueFalse(part, answers[0], Feedback, where);
                    break;
            }
        }
        if (!cloze) return;
        Assert.That(next, Is.EqualTo(question.Fields.Length), $"{question.IdNumber}: Cloze fields left over");
        // Integer weights in the parts' proportions: each part's weights sum to its points times one common factor.
        var at = 0;
        var sums = parts.Select(p => { var n = ExportKinds.Of(p.Part.Kind).Form == ExportAnswerForm.NumberTable ? NumericalCells.Of(p.Part).Length : 1; var s = weights.Skip(at).Take(n).Sum(); at += n; return new Rational(s) / p.Part.Points; }).Distinct().ToList();
        Assert.That(sums, Has.Count.EqualTo(1), $"{question.IdNumber}: Cloze weights per point");
    }

    private static void CheckNumber(SolvedPart part, ImmutableArray<MoodleBankReader.Answer> answers, int? places, Func<int, string> feedback, string where)
    {
        var cell = NumericalCells.Of(part).Single();
        var correct = Input(part, cell.Expected, places);
        Assert.That(correct, Is.Not.Null, $"{where}: the question asks for no number of places, yet the answer {cell.Expected} is no terminating decimal");
        if (correct is null) return;
        Assert.That(MoodleBankReader.Match(answers, correct.Value.Moodle)?.Percent, Is.EqualTo(100), $"{where}: the correct answer {correct.Value.Moodle}");
        Assert.That(answers[0].Percent, Is.EqualTo(100), $"{where}: the correct answer comes first");
        foreach (var (rule, value) in cell.Mistakes)
        {
            if (Input(part, value, places) is not { } typed) continue;
            var grade = PartGrader.Grade(part, new AnswerNode.Text(typed.Grader, false), () => null).Grade;
            var matched = MoodleBankReader.Match(answers, typed.Moodle);
            if (grade.Status == PartStatus.Correct)
                Assert.That(matched?.Percent, Is.EqualTo(100), $"{where}: mistake {rule + 1} ({value}) is right for the grader");
            else if (grade.Verdict == PartVerdict.KnownMistake)
            {
                var named = Enumerable.Range(0, part.Template.Mistakes.Length).First(j => part.MistakeApplies(j) && part.Template.Mistakes[j].Answer.Source == grade.Matched);
                Assert.That((matched?.Percent, matched?.Feedback), Is.EqualTo(((double?)0, feedback(named))), $"{where}: mistake {rule + 1} ({value}) typed as {typed.Moodle}");
            }
            else
                Assert.That(matched?.Percent, Is.Not.EqualTo(100), $"{where}: mistake {rule + 1} ({value})");
        }
        if (IsExactMode(part, cell.Expected))
        {
            var r = cell.Expected.ExactValue;
            foreach (var neighbour in r.IsInteger ? new[] { r - 1, r + 1 } : [new Rational(r.Floor()), new Rational(r.Ceiling())])
                Assert.That(MoodleBankReader.Match(answers, neighbour.ToDouble())?.Percent, Is.Not.EqualTo(100), $"{where}: the neighbouring integer {neighbour}");
        }
    }

    private static void CheckTable(SolvedPart part, List<ImmutableArray<MoodleBankReader.Answer>> fields, int? places, Func<int, string> feedback, string where)
    {
        var cells = NumericalCells.Of(part);
        Assert.That(fields, Has.Count.EqualTo(cells.Length), $"{where}: one field per entry");
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            var at = $"{where} entry {c + 1}";
            var correct = Input(part, cell.Expected, places);
            Assert.That(correct, Is.Not.Null, $"{at}: no number of places asked for, yet {cell.Expected} does not terminate");
            if (correct is null) continue;
            Assert.That(MoodleBankReader.Match(fields[c], correct.Value.Moodle)?.Percent, Is.EqualTo(100), $"{at}: the correct entry");
            foreach (var (rule, value) in cell.Mistakes)
            {
                if (Input(part, value, places) is not { } typed) continue;
                var matched = MoodleBankReader.Match(fields[c], typed.Moodle);
                if (matched?.Percent == 100)
                {
                    // Only an approximate entry within its tolerance may be taken as right, as the grader takes it.
                    Assert.That(IsExactMode(part, cell.Expected), Is.False, $"{at}: mistake {rule + 1} ({value}) accepted");
                    continue;
                }
                // Its own rule's feedback, or an earlier rule's that gives the same entry (the grader, too, names the first).
                var owners = Enumerable.Range(0, rule + 1).Where(j => cell.Mistakes.Any(m => m.Rule == j)).Select(feedback).ToList();
                Assert.That(matched?.Percent, Is.EqualTo(0), $"{at}: mistake {rule + 1} ({value}) typed as {typed.Moodle}");
                Assert.That(owners, Does.Contain(matched?.Feedback), $"{at}: mistake {rule + 1} ({value}) feedback");
            }
        }
    }

    private static void CheckChoice(SolvedPart part, ImmutableArray<MoodleBankReader.Answer> answers, Func<int, string> feedback, string where)
    {
        Assert.That(answers, Has.Length.EqualTo(part.Options.Length), $"{where}: one answer per option");
        if (answers.Length != part.Options.Length) return;
        var correct = part.Options.Where(o => o.Correct).Select(o => o.Letter).ToHashSet(StringComparer.Ordinal);
        if (part.Kind == AnswerKind.Choice)
        {
            Assert.That(answers.Select(a => a.Percent), Is.EqualTo(part.Options.Select(o => o.Correct ? 100.0 : 0.0)), $"{where}: percentages");
            for (var o = 0; o < part.Options.Length; o++)
            {
                var grade = PartGrader.Grade(part, new AnswerNode.Text(part.Options[o].Letter, false), () => null).Grade;
                var expected = grade.Verdict == PartVerdict.KnownMistake
                    ? feedback(Enumerable.Range(0, part.Template.Mistakes.Length).First(j => part.MistakeApplies(j) && part.Template.Mistakes[j].Answer.Source == grade.Matched))
                    : "";
                Assert.That(answers[o].Feedback, Is.EqualTo(expected), $"{where}: option {part.Options[o].Letter}'s feedback");
            }
            return;
        }
        // Every set of options a student can tick scores in Moodle (the percentages summed, kept within 0 and 100) as the grader's partial credit.
        for (var mask = 0; mask < 1 << part.Options.Length; mask++)
        {
            var picked = Enumerable.Range(0, part.Options.Length).Where(o => (mask >> o & 1) == 1).ToList();
            var moodle = Math.Clamp(picked.Sum(o => answers[o].Percent), 0, 100) / 100;
            var grader = MultipleChoiceScoring.Share(correct, picked.Select(o => part.Options[o].Letter).ToHashSet(StringComparer.Ordinal), part.Options.Length);
            Assert.That(moodle, Is.EqualTo(grader.ToDouble()).Within(1e-6), $"{where}: ticking {string.Join("", picked.Select(o => part.Options[o].Letter))}");
        }
    }

    private static void CheckTrueFalse(SolvedPart part, ImmutableArray<MoodleBankReader.Answer> answers, Func<int, string> feedback, string where)
    {
        var truth = ((BoolValue)part.Answer).Value;
        foreach (var answer in answers)
        {
            var value = answer.Text == "true";
            Assert.That(answer.Percent, Is.EqualTo(value == truth ? 100 : 0), $"{where}: {answer.Text}");
            var grade = PartGrader.Grade(part, new AnswerNode.Text(answer.Text, false), () => null).Grade;
            var expected = grade.Verdict == PartVerdict.KnownMistake
                ? feedback(Enumerable.Range(0, part.Template.Mistakes.Length).First(j => part.MistakeApplies(j) && part.Template.Mistakes[j].Answer.Source == grade.Matched))
                : "";
            Assert.That(answer.Feedback, Is.EqualTo(expected), $"{where}: the feedback of {answer.Text}");
        }
    }

    private static bool IsExactMode(SolvedPart part, Number n) =>
        n.IsExact && !(part.Kind == AnswerKind.Approximate && part.Template.Tolerance is not null);

    /// <summary>
    /// What a student types for a number: in Moodle, the decimal the question asks for (rounded to the places stated, the
    /// exact decimal, or the approximate value); for the grader, the exact value as a fraction, or the approximate one.
    /// Null when Moodle cannot be given the value (a non-terminating decimal with no places asked for).
    /// </summary>
    private static (double Moodle, string Grader)? Input(SolvedPart part, Number n, int? places)
    {
        if (!IsExactMode(part, n)) return (n.ToDouble(), Number.FormatDouble(n.ToDouble()));
        var r = n.ExactValue;
        if (places is { } p) return (double.Parse(r.ToDecimalString(p), CultureInfo.InvariantCulture), r.ToString());
        return r.HasTerminatingDecimal ? (double.Parse(ExactDecimal.Text(r), CultureInfo.InvariantCulture), r.ToString()) : null;
    }

    /// <summary>The decimal places each part's text asks for (read from the question, part by part), or null.</summary>
    private static List<int?> StatedPlaces(string text, int parts)
    {
        var pieces = parts == 1 ? [text] : text.Split("<div class=\"part\">")[1..];
        Assert.That(pieces, Has.Length.EqualTo(parts), "one <div class=\"part\"> per part");
        return [.. pieces.Select(RoundTripExercises.Places)];
    }

}
