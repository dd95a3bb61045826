using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using DeepExam.Builtins;
using DeepExam.Composition;
using DeepExam.Exams;
using DeepExam.Exports;
using DeepExam.Exports.Qti;
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
/// Every exported QTI item's response processing run by <see cref="QtiResponseInterpreter"/> on answer sheets, against our
/// grader on the same sheets (<see cref="PartGrader"/>, without error carried forward, which QTI cannot express): every part
/// right; one part at a time at each known mistake's value, at the neighbouring integers of an exact answer, with entries of a
/// table wrong, a constant table, a shape in another order, every option of a choice and every set of a multiple choice.
/// SCORE must be the grader's points, and the mistake feedback shown exactly the known mistakes the grader names.
/// </summary>
public class QtiRoundTripTests
{
    private const int Variants = 6;

    private static readonly XNamespace Qti = QtiPackageReader.Qti;

    private static readonly ExerciseLibrary Library = RoundTripExercises.Library;

    public static IEnumerable<string> BundledExercises() => RoundTripExercises.BundledIds();

    [TestCaseSource(nameof(BundledExercises))]
    public void Every_variant_of_a_bundled_exercise_scores_as_the_grader_grades_it(string id) => RoundTrip(Library[id], Variants);

    /// <summary>One-part exercises of every form, including what Moodle cannot take (a multiple choice with nothing to tick).</summary>
    private static readonly string[] SinglePart =
    [
        RoundTripExercises.Integer,
        RoundTripExercises.Fraction,
        RoundTripExercises.Digits,
        RoundTripExercises.Approx,
        RoundTripExercises.Choice,
        Exercise("multi", "kind: multi\n    shuffle: true\n    options:\n      - text: \"$m > 2$\"\n        correct: \"true\"\n      - text: \"$n > 1$\"\n        correct: \"true\"\n      - text: \"$m < 0$\"\n        correct: \"false\"\n      - text: \"$n < 0$\"\n        correct: \"false\"\n    mistakes:\n      - answer: \"['A']\"\n        feedback: Both hold.\n"),
        Exercise("none", "kind: multi\n    options:\n      - text: \"$m > 100$\"\n        correct: m > 100\n      - text: \"$n > 100$\"\n        correct: n > 100\n      - text: \"$m < 0$\"\n        correct: m < 0\n"),
        RoundTripExercises.Bool,
        Exercise("shape", "kind: shape\n    answer: \"[m, n, n + 1]\"\n    mistakes:\n      - answer: \"[m, n, n]\"\n        feedback: The last one grows.\n"),
        RoundTripExercises.Matrix,
        Exercise("sparse", "kind: vector\n    answer: \"[0, 0, 0, m, 0]\"\n    mistakes:\n      - answer: \"[0, 0, 0, n, 0]\"\n        feedback: Not n.\n"),
    ];

    public static IEnumerable<TestCaseData> SinglePartExercises() =>
        RoundTripExercises.Cases(SinglePart);

    [TestCaseSource(nameof(SinglePartExercises))]
    public void Every_variant_of_a_one_part_exercise_scores_as_the_grader_grades_it(string yaml)
    {
        var loaded = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(yaml, "t.yaml");
        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
        RoundTrip(loaded.Template!, 12);
    }

    [Test]
    public void A_variant_whose_mistake_lies_within_the_rounding_of_its_answer_is_skipped_as_in_the_moodle_export()
    {
        var template = new ExerciseTemplateLoader(BuiltinRegistry.Default).LoadText(Exercise("close",
            "kind: exact\n    digits: 2\n    answer: m / 7\n    mistakes:\n      - answer: m / 7 + 1 / 1000\n        feedback: Close.\n"), "t.yaml").Template!;
        var set = new VariantSetSampler("round-trip", "a secret").Sample(new BankExercise(1, "close", null, null), template, 1);
        var writer = new Qti21Writer(new QuestionBank("round-trip", "Round trip"), PdfTextMeasurer.Instance);
        var skipped = writer.Write(set).Skipped.Single();
        Assert.That(skipped.Reason, Does.Match(@"^part \(a\): known mistake 1 \(\d+/7000\) lies within ±0\.005\d* of the answer$"));
        Assert.That(writer.Files().Select(f => f.Path), Is.EqualTo(new[] { "imsmanifest.xml" }));
    }

    private static string Exercise(string id, string part) => RoundTripExercises.Exercise(id, part);

    private static void RoundTrip(ExerciseTemplate template, int count)
    {
        var set = new VariantSetSampler("round-trip", "a secret").Sample(new BankExercise(3, template.Id, null, null), template, count);
        var writer = new Qti21Writer(new QuestionBank("round-trip", "Round trip"), PdfTextMeasurer.Instance);
        var written = writer.Write(set);
        var files = writer.Files().ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var checkedItems = 0;
        Assert.Multiple(() =>
        {
            foreach (var variant in set.Variants)
            {
                if (written.Skipped.Any(s => s.Variant == variant.Label)) continue;
                var item = QtiPackageReader.Parse(files[$"{QtiItemComposer.Folder(set)}/{variant.Label}.xml"]);
                Assert.That((string?)item.Attribute("identifier"), Is.EqualTo(QtiItemComposer.ItemIdentifier(set, variant)));
                Assert.That(item.Elements(Qti + "outcomeDeclaration").Single(o => (string?)o.Attribute("identifier") == "MAXSCORE").Element(Qti + "defaultValue")!.Element(Qti + "value")!.Value, Is.EqualTo(ExactDecimal.Text(set.Points)));
                Check(item, variant);
                checkedItems++;
            }
        });
        Assert.That(checkedItems + written.Skipped.Length, Is.EqualTo(set.Variants.Length));
        Assert.That(checkedItems, Is.GreaterThan(0), "every variant skipped");
    }

    /// <summary>One part's answer as typed into the item (per response identifier; null: left empty) and as the grader reads it.</summary>
    private sealed record PartAnswer(string What, Dictionary<string, object?> Qti, AnswerNode Grader);

    private static void Check(XElement item, ExportedVariant variant)
    {
        var parts = variant.Question.Parts;
        var places = StatedPlaces(item, parts.Length);
        var integers = item.Elements(Qti + "responseDeclaration").Where(d => (string?)d.Attribute("baseType") == "integer")
            .Select(d => (string)d.Attribute("identifier")!).ToHashSet(StringComparer.Ordinal);
        var correct = parts.Select((p, i) => Correct(p.Part, i + 1, places[i], integers)).ToList();
        Assert.That(correct.All(c => c is not null), $"{variant.Label}: a correct answer cannot be typed");
        if (correct.Any(c => c is null)) return;
        Score(item, variant, correct!, "every part right");
        for (var i = 0; i < parts.Length; i++)
            foreach (var answer in Answers(parts[i], i + 1, places[i], integers))
                Score(item, variant, [.. correct.Select((c, j) => j == i ? answer : c!)], $"part ({parts[i].Part.Id}) {answer.What}");
    }

    private static void Score(XElement item, ExportedVariant variant, List<PartAnswer> answers, string what)
    {
        var responses = answers.SelectMany(a => a.Qti).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        var outcomes = QtiResponseInterpreter.Run(item, responses);
        var expected = Rational.Zero;
        var mistakes = new List<string>();
        for (var i = 0; i < answers.Count; i++)
        {
            var part = variant.Question.Parts[i].Part;
            var grade = PartGrader.Grade(part, answers[i].Grader, () => null).Grade;
            expected += grade.Points;
            if (grade.Verdict == PartVerdict.KnownMistake)
                mistakes.Add($"MISTAKE_{i + 1}_{Enumerable.Range(0, part.Template.Mistakes.Length).First(j => part.MistakeApplies(j) && part.Template.Mistakes[j].Answer.Source == grade.Matched) + 1}");
        }
        var where = $"{variant.Label}, {what}";
        Assert.That(outcomes["SCORE"], Is.EqualTo(expected.ToDouble()).Within(1e-9), $"{where}: SCORE");
        var shown = outcomes["FEEDBACK"] is List<object> list ? list.Cast<string>().ToList() : [];
        Assert.That(shown, Does.Contain("SOLUTION"), $"{where}: the solution is shown after the attempt");
        Assert.That(shown.Where(s => s != "SOLUTION").Order(StringComparer.Ordinal), Is.EqualTo(mistakes.Order(StringComparer.Ordinal)), $"{where}: the mistake feedback shown");
        foreach (var id in shown)
            Assert.That(item.Elements(Qti + "modalFeedback").Count(f => (string?)f.Attribute("identifier") == id && (string?)f.Attribute("outcomeIdentifier") == "FEEDBACK"),
                Is.EqualTo(1), $"{where}: a modal feedback {id}");
    }

    private static PartAnswer? Correct(SolvedPart part, int index, int? places, HashSet<string> integers) => part.Answer switch
    {
        BoolValue b => Choice(index, b.Value ? "true" : "false", "right"),
        StringValue s => Choice(index, s.Value, "right"),
        ListValue l when l.Items.All(i => i is StringValue) => Multiple(index, [.. l.Items.Select(i => ((StringValue)i).Value)], "right"),
        _ => Numbers(part, index, [.. NumericalCells.Of(part).Select(c => c.Expected)], places, integers, "right"),
    };

    private static IEnumerable<PartAnswer> Answers(PartQuestion question, int index, int? places, HashSet<string> integers)
    {
        var part = question.Part;
        switch (ExportKinds.Of(part.Kind).Form)
        {
            case ExportAnswerForm.SingleChoice:
                return part.Options.Select(o => Choice(index, o.Letter, $"option {o.Letter}"));
            case ExportAnswerForm.TrueFalse:
                return new[] { "true", "false" }.Select(v => Choice(index, v, v));
            case ExportAnswerForm.MultipleChoice:
                return Enumerable.Range(0, 1 << part.Options.Length).Select(mask =>
                {
                    var picked = part.Options.Where((_, o) => (mask >> o & 1) == 1).Select(o => o.Letter).ToList();
                    return Multiple(index, picked, $"ticking [{string.Join(", ", picked)}]");
                });
        }
        var cells = NumericalCells.Of(part);
        var expected = cells.Select(c => c.Expected).ToList();
        var answers = new List<PartAnswer?>();
        // Each known mistake as a whole answer: its value where it changes an entry, the correct one elsewhere.
        foreach (var rule in cells.SelectMany(c => c.Mistakes.Select(m => m.Rule)).Distinct().Order())
            answers.Add(Numbers(part, index, [.. cells.Select(c => c.Mistakes.FirstOrDefault(m => m.Rule == rule) is { Value: var v } && c.Mistakes.Any(m => m.Rule == rule) ? v : c.Expected)],
                places, integers, $"known mistake {rule + 1}"));
        var wrong = expected.Select(n => Wrong(part, n)).ToList();
        if (cells.Length == 1)
        {
            if (IsExactMode(part, expected[0]))
                foreach (var neighbour in Neighbours(expected[0].ExactValue))
                    answers.Add(Numbers(part, index, [Number.Exact(neighbour)], places, integers, $"the neighbouring integer {neighbour}"));
            else answers.Add(Numbers(part, index, [wrong[0]], places, integers, "wrong"));
        }
        else
        {
            answers.Add(Numbers(part, index, [wrong[0], .. expected.Skip(1)], places, integers, "the first entry wrong"));
            answers.Add(Numbers(part, index, [.. expected.Take(cells.Length / 2), .. wrong.Skip(cells.Length / 2)], places, integers, "half the entries wrong"));
            answers.Add(Numbers(part, index, wrong, places, integers, "every entry wrong"));
            answers.Add(Numbers(part, index, [.. expected.Select(_ => expected[0])], places, integers, "every entry the first one"));
            answers.Add(Numbers(part, index, [.. expected.AsEnumerable().Reverse()], places, integers, "the entries reversed"));
        }
        return answers.OfType<PartAnswer>();
    }

    private static PartAnswer Choice(int index, string id, string what) =>
        new(what, new() { [$"RESPONSE_{index}"] = id }, new AnswerNode.Text(id, false));

    private static PartAnswer Multiple(int index, List<string> letters, string what) =>
        new(what, new() { [$"RESPONSE_{index}"] = letters.Count == 0 ? null : letters.Cast<object>().ToList() },
            new AnswerNode.List([.. letters.Select(l => (AnswerNode)new AnswerNode.Text(l, false))]));

    /// <summary>Numbers typed into a part's entries, and the same values as the grader reads them (nested like the answer); null when one cannot be typed.</summary>
    private static PartAnswer? Numbers(SolvedPart part, int index, List<Number> values, int? places, HashSet<string> integers, string what)
    {
        var cells = NumericalCells.Of(part).Length;
        var qti = new Dictionary<string, object?>(StringComparer.Ordinal);
        var texts = new List<string>();
        for (var c = 0; c < values.Count; c++)
        {
            var response = cells == 1 && part.Answer is NumberValue ? $"RESPONSE_{index}" : $"RESPONSE_{index}_{c + 1}";
            if (Input(part, values[c], places) is not { } typed) return null;
            if (integers.Contains(response))
            {
                if (typed.Qti != Math.Floor(typed.Qti)) return null; // a whole-number field takes no fraction
                qti[response] = (long)typed.Qti;
            }
            else qti[response] = typed.Qti;
            texts.Add(typed.Grader);
        }
        var shape = NumericalCells.Shape(part.Answer);
        return new PartAnswer(what, qti, shape.IsEmpty ? new AnswerNode.Text(texts[0], false) : Nest(shape, 0, texts, 0).Node);
    }

    private static (AnswerNode Node, int Next) Nest(ImmutableArray<int> shape, int depth, List<string> texts, int at)
    {
        var items = ImmutableArray.CreateBuilder<AnswerNode>();
        for (var i = 0; i < shape[depth]; i++)
        {
            if (depth == shape.Length - 1) items.Add(new AnswerNode.Text(texts[at++], false));
            else
            {
                (var node, at) = Nest(shape, depth + 1, texts, at);
                items.Add(node);
            }
        }
        return (new AnswerNode.List(items.ToImmutable()), at);
    }

    /// <summary>A value no rule accepts: the next integer up for an exact entry, well outside any tolerance for an approximate one.</summary>
    private static Number Wrong(SolvedPart part, Number n) =>
        IsExactMode(part, n) ? Number.Exact(n.ExactValue.IsInteger ? n.ExactValue + 1 : new Rational(n.ExactValue.Ceiling())) : Number.Approx(n.ToDouble() + Math.Max(1, Math.Abs(n.ToDouble())));

    private static bool IsExactMode(SolvedPart part, Number n) =>
        n.IsExact && !(ExportKinds.Of(part.Kind).ToleratesExactValues && part.Template.Tolerance is not null);

    private static IEnumerable<Rational> Neighbours(Rational r) => r.IsInteger ? [r - 1, r + 1] : [new Rational(r.Floor()), new Rational(r.Ceiling())];

    /// <summary>
    /// What a student types for a number: in the item, the decimal the question asks for (rounded to the places stated, the
    /// exact decimal, or the approximate value); for the grader, the exact value as a fraction, or the approximate one.
    /// Null when the item cannot be given the value (a non-terminating decimal with no places asked for).
    /// </summary>
    private static (double Qti, string Grader)? Input(SolvedPart part, Number n, int? places)
    {
        if (!IsExactMode(part, n)) return (n.ToDouble(), Number.FormatDouble(n.ToDouble()));
        var r = n.ExactValue;
        if (places is { } p) return (double.Parse(r.ToDecimalString(p), CultureInfo.InvariantCulture), r.ToString());
        return r.HasTerminatingDecimal ? (double.Parse(ExactDecimal.Text(r), CultureInfo.InvariantCulture), r.ToString()) : null;
    }

    /// <summary>The decimal places each part's hint asks for (read from the item body, part by part), or null.</summary>
    private static List<int?> StatedPlaces(XElement item, int parts)
    {
        var divs = item.Element(Qti + "itemBody")!.Elements(Qti + "div").Where(d => (string?)d.Attribute("class") == "part").ToList();
        Assert.That(divs, Has.Count.EqualTo(parts), "one <div class=\"part\"> per part");
        return [.. divs.Select(d => RoundTripExercises.Places(d.Value))];
    }

}
