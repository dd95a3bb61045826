using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// templates/seed-sheets.yaml, the seed sheets' questions with their own numbers pinned, generated for a student:
/// every part's answer is pinned to a value worked out by hand (the working is in the comments; the sheets'
/// printed answers were checked, not copied). Where a sheet printed a wrong answer, the right value is pinned
/// and the erratum named (docs/seed-errata.md). "not on the sheet" marks parts the exercise adds, worked out
/// the same way.
/// </summary>
public class SeedSheetBlueprintTests
{
    private static readonly Lazy<(ExerciseLibrary Library, ExamBlueprint Blueprint)> Seeds = new(() =>
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        return (library, BlueprintLoader.Load(Path.Combine(TestPaths.Repository, "templates", "seed-sheets.yaml"), library));
    });

    private static StudentExam For(string student) =>
        new ExamGenerator(Seeds.Value.Blueprint, Seeds.Value.Library, "test-secret", renderText: false).Generate(new Student(student, student, student));

    private static readonly Lazy<StudentExam> Exam = new(() => For("s1001"));

    /// <summary>Part key, the hand-checked answer (for a choice part: the text of the correct option), and where it comes from.</summary>
    private static readonly (string Key, string Expected, string Source)[] Answers =
    [
        // 000 1.a: 100 · 100 · 1000 weights. 1.c: 100 filters of 10 · 10 · 1. (c): (100 − 10 + 1)² · 100 = 91² · 100.
        ("1.a", "10000000", "000 1.a FC on a flattened 100x100 image"),
        ("1.b", "10000", "000 1.c 100 filters of 10x10"),
        ("1.c", "828100", "conv output values (not on the sheet)"),
        // (100 − 10) // 5 + 1 = 19 windows per side; 19² = 361; 361 · 10 · 10 = 36,100.
        ("2.a", "361", "000 1.b window positions (erratum: sheet printed 20x20 = 400)"),
        ("2.b", "36100", "000 1.b locally connected weights (erratum: sheet printed 40K)"),
        // 32 − 5 + 1 = 28; 5 · 5 · 3 = 75; 5 · (75 + 1) = 380; next depth 5; stride 3: 27 // 3 + 1 = 10 (27 divides, so the
        // ceil and N // S = 10 slips give 10 too; the key lists them).
        ("3.a", "[28, 28, 5]", "000 1.d and 002 Q.1.e output volume, stride 1"),
        ("3.b", "75", "000 1.e and 002 Q.1.f weights of one filter"),
        ("3.c", "380", "002 Q.1.f parameters with biases"),
        ("3.d", "5", "000 1.f and 002 Q.1.g depth of a filter in the next layer"),
        ("3.e", "[10, 10, 5]", "000 1.g and 002 Q.1.h output volume with stride 3"),
        ("3.f", "false", "000 1.h and 002 Q.1.i parameters do not change with the stride"),
        // W is m × n = 10 × 3, b has 10 entries, 3 · 10 + 10 = 40; batch [32, 10];
        // [[1, 2, −1], [0, 3, 2]] · [1, −1, 2] = [1 − 2 − 2, −3 + 4] = [−3, 1], plus [1, −2] = [−2, −1].
        ("4.a", "[10, 3]", "001 1.a weight matrix shape"),
        ("4.b", "10", "001 1.a bias dimension"),
        ("4.c", "40", "parameters (not on the sheet)"),
        ("4.d", "[32, 10]", "minibatch output shape (not on the sheet)"),
        ("4.e", "[-2, -1]", "small layer output (not on the sheet)"),
        // Windows [1, 4, 7, 8], [3, 2, 1, 2], [1, 0, 2, 1], [7, 3, 5, 1]: means 5, 2, 1, 4; maxima 8, 3, 2, 7 at
        // (1, 1), (0, 2), (3, 0), (2, 2), each unique.
        ("5.a", "[[5, 2], [1, 4]]", "001 1.c average pooling"),
        ("5.b", "[[8, 3], [2, 7]]", "max pooling (not on the sheet)"),
        ("5.c", "[[0, 0, 1, 0], [0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 0]]", "max pooling gradient (not on the sheet)"),
        // 320 → pool 160 → 80 → 40 → 20; Conv(3, 64, 3): 64 · (27 + 1) = 1,792; Conv(64, 128, 3):
        // 128 · (576 + 1) = 73,856; FC on 512 · 20 · 20 = 204,800 inputs: 4096 · 204,801 = 838,864,896.
        ("6.a", "[3, 64, 128, 256]", "001 2.c.i missing channel counts"),
        ("6.b", "[[64, 160, 160], [128, 80, 80], [256, 40, 40], [512, 20, 20]]", "001 2.c.i shapes after each pooling"),
        ("6.c", "[1792, 73856]", "001 2.c.ii parameters of the first two convolutions"),
        ("6.d", "838864896", "FC on this stack's output (not on the sheet)"),
        // 512 · 7 · 7 = 25,088 inputs: 4096 · 25,089 = 102,764,544, the same as a 7x7 convolution with 4096 filters;
        // a 9x9 map gives 9 − 7 + 1 = 3 positions per side.
        ("7.a", "102764544", "001 2.c.ii FC(25088, 4096)"),
        ("7.b", "[7, 0, 4096]", "002 Q.1.c the equivalent convolution"),
        ("7.c", "102764544", "parameters of the equivalent convolution (not on the sheet)"),
        ("7.d", "[4096, 3, 3]", "the convolution on a larger map (not on the sheet)"),
        ("7.e", "false", "the FC layer on a larger map (not on the sheet)"),
        // Logistic regression classifies; backpropagation's forward and backward passes; 64 · (3 · 3 · 3 + 1) = 1,792.
        ("8.a", "false", "001 2.d logistic regression is used for regression"),
        ("8.b", "true", "001 2.d backpropagation computes outputs forward and gradients backward"),
        ("8.c", "true", "conv parameter count statement (not on the sheet)"),
        // y = [3, 2] · X = [14, −1, −3]; residuals [−1, −4, −4]; loss (1 + 16 + 16)/2 = 33/2; summed gradient
        // [−1·2 − 4·1 − 4·(−1), −1·4 − 4·(−2)] = [−2, 4]; A − 1 · [−2, 4]/3 = [11/3, 2/3]; new y = [10, 7/3, −11/3],
        // residuals [−5, −2/3, −14/3], loss (25 + 4/9 + 196/9)/2 = 425/18.
        ("9.a", "33/2", "001 1.e loss before the step"),
        ("9.b", "[[-2, 4]]", "001 1.e gradient"),
        ("9.c", "[[11/3, 2/3]]", "001 1.e weights after the step"),
        ("9.d", "425/18", "001 1.e loss after the step (erratum: sheet printed 23.611, the rounded value)"),
        // 10,000 · 1000 + 1000; 100 · 1000 + 1000; (100 / 10)² patches; kernel = stride = patch; kernel = image.
        ("10.a", "10001000", "002 Q.1.a FC on the whole image"),
        ("10.b", "101000", "002 Q.1.b FC on 10x10 patches"),
        ("10.c", "100", "002 Q.1.b number of feature vectors"),
        ("10.d", "[10, 10, 0, 1000]", "002 Q.1.d convolution for the patches"),
        ("10.e", "[100, 0, 1000]", "002 Q.1.c convolution for the whole image"),
        // o = [0·0 − 1·1 + 2·1 + 0.5·0.5, −1·0 + 3·1 + 0.5·1 + 1·0.5] = [5/4, 4]; dx = full correlation of [1, 1]
        // with W = [[0, 1, 1], [1, 3/2, 1/2]]; dW[h, l] = x[h, l] + x[h, l + 1] = [[−1, 2], [5/2, 3/2]].
        ("11.a", "[[5/4, 4]]", "002 Q.3.a output (the sheet's working has a wrong term, its result is right)"),
        ("11.b", "[[0, 1, 1], [1, 3/2, 1/2]]", "002 Q.3.b gradient wrt the input"),
        ("11.c", "[[-1, 2], [5/2, 3/2]]", "gradient wrt the kernel (not on the sheet)"),
        // max(0, x) of [[0, −1], [2, 0.5]] is [[0, 0], [2, 1/2]]; f'(x) = 1[x > 0] with f'(0) = 0 is [[0, 0], [1, 1]], times
        // the upstream ones (so the local derivative alone gives the same; the key lists that mistake).
        ("12.a", "[[0, 0], [2, 1/2]]", "002 Q.3.c ReLU of the 2x2 input"),
        ("12.b", "[[0, 0], [1, 1]]", "002 Q.3.c gradient wrt the input"),
        // 64 · 1 · 27 + 64 = 1,792; padding 1 keeps 16 × 224 × 224; time (16 + 2 − 3) // 2 + 1 = 8;
        // MACs 27 · 1 · 64 · (8 · 224 · 224) = 1728 · 401,408 = 693,633,024.
        ("13.a", "[64, 1, 3, 3, 3]", "002 Q.5.a weight tensor"),
        ("13.b", "1792", "002 Q.5.a parameters"),
        ("13.c", "[64, 16, 224, 224]", "002 Q.5.b output with stride 1"),
        ("13.d", "[64, 8, 224, 224]", "002 Q.5.c output with temporal stride 2"),
        ("13.e", "693633024", "002 Q.5.d cost of the strided layer"),
        // Padding 1 keeps 32 × 32; (32 − 4) // 2 + 1 = 15; dilation 2 spans 2 · (3 − 1) + 1 = 5: 32 − 5 + 1 = 28;
        // weights [64, 3, 3, 3]; 64 · (27 + 1) = 1,792.
        ("14.a", "[10, 64, 32, 32]", "003 4.(a).i 3x3 with padding 1"),
        ("14.b", "[10, 64, 15, 15]", "003 4.(a).ii 4x4 with stride 2"),
        ("14.c", "[10, 64, 28, 28]", "dilated output (not on the sheet)"),
        ("14.d", "[64, 3, 3, 3]", "003 2.(a) weight shape (symbolic on the sheet)"),
        ("14.e", "1792", "003 2.(a) F·C·K² weights and F biases (symbolic on the sheet)"),
        // 3 · (3 − 1) + 1 = 7; a 2x2 pooling with stride 2 in front doubles it: 14; Conv3, Pool2, Conv3, Pool2,
        // Conv3: 1 + 2 + 1 + 2·2 + 1·2 + 2·4 = 18 with jump 4; 3x3 then 3x3 dilated 2: 1 + 2 + 2·2 = 7.
        ("15.a", "7", "003 2.(c) stacked 3x3 convolutions (symbolic on the sheet; L = 3)"),
        ("15.b", "14", "003 2.(d) pooling doubles the receptive field (erratum: sheet says it increases by 2)"),
        ("15.c", "18", "pooled stack receptive field (not on the sheet)"),
        ("15.d", "4", "pooled stack effective stride (not on the sheet)"),
        ("15.e", "7", "003 4.d(ii) dilated receptive field"),
        // Padding 1 keeps 28: (28 + 2 − 3) + 1 = 28; 10 · (3 · 3 · 1 + 1) = 100; 28 → 14 → 14 → 7 with 10 channels;
        // 10 · (3 · 3 · 10 + 1) = 910; 10 · 7 · 7 = 490; 490 · 3 + 3 = 1,473; 100 + 910 + 1,473 = 2,483.
        ("16.a", "[10, 28, 28]", "003 2.(e) first convolution's output"),
        ("16.b", "100", "003 2.(e) first convolution's parameters"),
        ("16.c", "[10, 7, 7]", "003 2.(e) shape after the second pooling"),
        ("16.d", "910", "003 2.(e) second convolution's parameters"),
        ("16.e", "490", "003 2.(e) flattened features"),
        ("16.f", "1473", "003 2.(e) FC-3 parameters"),
        ("16.g", "2483", "003 2.(e) total parameters (the sheet lists the layers, not the sum)"),
        // [a, b, c] with a + 4b = −2, 4a − 2c = 2, −2b + 3c = 11: a = 2, b = −1, c = 3.
        ("17.a", "[2, -1, 3]", "003 3.(b) recover the filter"),
        // Stamps of x[i, j] · w added at (i, j): centre −1·1 + 2·0 + 3·(−1) + 1·1 = −3. Stride 2 places the four
        // stamps side by side without overlap. (7 − 1) · 2 − 2 · 1 + 4 = 14.
        ("18.a", "[[-1, 3, -2], [3, -3, 1], [0, 3, 1]]", "003 3.(b)(1) transposed conv (erratum: sheet printed -5 in the centre)"),
        ("18.b", "[[-1, 1, 2, -2], [0, -1, 0, 2], [3, -3, 1, -1], [0, 3, 0, 1]]", "transposed conv with stride 2 (not on the sheet)"),
        ("18.c", "14", "ConvTranspose2d output width (not on the sheet)"),
        // I = [[1, 2, 8, 8, 9], [2, 2, 8, 9, 8], [1, 1, 9, 8, 8], [1, 2, 9, 8, 9], [2, 1, 8, 8, 8]]; Kv sums column
        // j + 2 minus column j over three rows, e.g. (8 − 1) + (8 − 2) + (9 − 1) = 21; the blur of the top-left window
        // is (1 + 4 + 8 + 4 + 8 + 16 + 1 + 2 + 9)/16 = 53/16.
        ("19.a", "$K_v$", "003 4.(b) the vertical-edge kernel responds to a vertical edge"),
        ("19.b", "[[21, 20, 0], [22, 20, -1], [22, 20, -1]]", "vertical-edge response (image not on the sheet)"),
        ("19.c", "[[53/16, 107/16, 67/8], [13/4, 109/16, 67/8], [13/4, 27/4, 133/16]]", "003 4.(c) blur (image not on the sheet)"),
        // Padded M' is 5 × 5, so (3 + 2 − 2) + 1 = 4 positions per side. Each output sums a 2 × 2 window of M': row pairs of
        // M' sum column-wise to [0, 1, 2, 3, 0], [0, 5, 7, 9, 0], [0, 11, 13, 15, 0], [0, 7, 8, 9, 0], and adjacent columns
        // of those give the rows [1, 3, 5, 3], [5, 12, 16, 9], [11, 24, 28, 15], [7, 15, 17, 9]. Stride 2 keeps the windows
        // at rows and columns 0 and 2 of M': 0 + 0 + 0 + 1, 0 + 0 + 2 + 3, 0 + 4 + 0 + 7, 5 + 6 + 8 + 9.
        ("20.a", "[4, 4]", "003 4.d(i) output size (erratum: sheet printed a 3x3 output)"),
        ("20.b", "[[1, 3, 5, 3], [5, 12, 16, 9], [11, 24, 28, 15], [7, 15, 17, 9]]", "003 4.d(i) padded convolution (erratum: sheet printed [[5, 10, 5], [10, 20, 10], [5, 10, 5]])"),
        ("20.c", "[[1, 5], [11, 28]]", "padded convolution with stride 2 (not on the sheet)"),
        // 224 − 7 + 1 = 218; (218 + 2 − 3) // 2 + 1 = 109; (109 − 2) // 2 + 1 = 54.
        ("21.a", "218", "004 Ex. 1 after the first convolution"),
        ("21.b", "109", "004 Ex. 1 after the second convolution"),
        ("21.c", "54", "004 Ex. 1 after the max pooling"),
        // 224 / 2⁵ = 7; 4096 · 25,089; convolutions 1,792 + 73,856 + 295,168 + 590,080 + 1,180,160 + 3 · 2,359,808
        // = 9,220,480; FC 102,764,544 + 16,781,312 + 4,097,000 = 123,642,856; 8 conv + 3 FC layers.
        ("22.a", "[512, 7, 7]", "004 Ex. 2 map after the last pooling"),
        ("22.b", "102764544", "004 Ex. 2 first FC layer (erratum: sheet printed 512x7x4096 + 4096 = 14,684,160)"),
        ("22.c", "9220480", "004 Ex. 2 convolutional layers"),
        ("22.d", "132863336", "004 Ex. 2 total (erratum: sheet printed 44,782,952)"),
        ("22.e", "11", "004 Ex. 2 weight layers of configuration A"),
    ];

    /// <summary>
    /// The parts where the sheet's own numbers make a known mistake give the right answer: the exercise's distinguishing
    /// constraint is waived for the pins, the key lists the mistakes, and the grader gives such an answer full credit.
    /// </summary>
    private static readonly (string Key, string[] Mistakes, string Why)[] MistakesSameAsAnswer =
    [
        ("3.e", ["[ceil((N - K) / S) + 1, ceil((N - K) / S) + 1, F]", "[N // S, N // S, F]"], "stride 3 divides 32 − 5 = 27, and 32 // 3 = 10"),
        ("6.b", ["pooled_ceil"], "every pooling halves 320 exactly"),
        ("12.b", ["relu_grad(x)"], "the upstream gradient is all ones"),
        ("14.b", ["[B, F, ceil((H - K2) / S) + 1, ceil((W - K2) / S) + 1]"], "stride 2 divides 32 − 4 = 28"),
        ("16.d", ["conv2d_params(F2, F1, 3)"], "both convolutions have 10 filters"),
        ("20.b", ["convolve2d(M, K, padding=1)"], "the all-ones kernel equals its flip"),
        ("20.c", ["convolve2d(M, K, stride=2, padding=1)"], "the all-ones kernel equals its flip"),
        // Not a waived constraint: the sheet's padding 0 lies outside the drawn paddings 1 to 3, so leaving it out changes nothing.
        ("21.a", ["conv_out(N, K1, stride=S1)"], "the first convolution has no padding"),
    ];

    [Test]
    public void Only_the_sheets_own_coincidences_make_a_mistake_give_the_right_answer()
    {
        var actual = Exam.Value.Parts
            .Select(p => (p.Key, Mistakes: p.Template.Mistakes.Where((_, i) => ValueOperators.AreEqual(p.Answer, p.MistakeAnswers[i])).Select(m => m.Answer.Source).ToArray()))
            .Where(p => p.Mistakes.Length > 0)
            .Select(p => $"{p.Key}: {string.Join(" | ", p.Mistakes)}");
        Assert.That(actual, Is.EqualTo(MistakesSameAsAnswer.Select(m => $"{m.Key}: {string.Join(" | ", m.Mistakes)}")));
    }

    [Test]
    public void The_answer_key_lists_the_mistakes_that_give_the_right_answer()
    {
        var key = DeepExam.Output.AnswerKeyWriter.Write(Exam.Value);
        Assert.That(key.Split("mistakes_same_as_answer:").Length - 1, Is.EqualTo(MistakesSameAsAnswer.Length));
        Assert.That(key, Does.Contain("""
                    answer: [10, 10, 5]
                    mistakes_same_as_answer:  # this variant cannot tell them from the answer; they get full credit
                      - "[ceil((N - K) / S) + 1, ceil((N - K) / S) + 1, F]"
                      - "[N // S, N // S, F]"

            """.Replace("\r\n", "\n")));
    }

    private static IEnumerable<TestCaseData> Table() =>
        Answers.Select(a => new TestCaseData(a.Key, a.Expected).SetName($"{a.Key} {a.Source}"));

    [TestCaseSource(nameof(Table))]
    public void Part_has_its_hand_checked_answer(string key, string expected)
    {
        var part = Exam.Value.Parts.Single(p => p.Key == key);
        var actual = part.Kind == AnswerKind.Choice ? part.Options.Single(o => o.Correct).Text : part.Answer.ToString();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Every_part_of_the_exam_has_a_hand_checked_answer() =>
        Assert.That(Answers.Select(a => a.Key), Is.EquivalentTo(Exam.Value.Parts.Select(p => p.Key)));

    [Test]
    public void Every_parameter_is_pinned_so_every_student_gets_the_same_numbers()
    {
        var other = For("someone-else");
        Assert.That(other.Exercises.Select(e => e.Variant.Fingerprint), Is.EqualTo(Exam.Value.Exercises.Select(e => e.Variant.Fingerprint)));
        foreach (var slot in Seeds.Value.Blueprint.Slots)
            Assert.That(slot.Pins.Select(p => p.Name), Is.EquivalentTo(Seeds.Value.Library[slot.Pool.Single()].Parameters.Select(p => p.Name)),
                $"slot {slot.Number} ({slot.Pool.Single()}) pins every parameter");
    }
}
