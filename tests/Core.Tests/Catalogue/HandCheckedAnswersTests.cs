using DeepExam.Builtins;
using DeepExam.Exams;
using DeepExam.Expressions.Evaluation;
using DeepExam.Templates;
using DeepExam.Tests.Expressions;

namespace DeepExam.Tests.Catalogue;

/// <summary>
/// resnet-basic-block, vgg16-total, dilated-receptive-field, conv1d-backward and maxpool-backward with every parameter
/// pinned in a blueprint, as a teacher would pin a sheet's numbers: each part's answer is pinned to a value worked out by
/// hand (the arithmetic is in the comments), and each mistake with a <c>when:</c> is checked to exist exactly in the
/// variants it describes, with its value.
/// </summary>
public class HandCheckedAnswersTests
{
    private const string Blueprint = """
        schema: 1
        id: hand-checked
        title: Hand-checked variants
        exercises:
          - exercise: resnet-basic-block
            parameters: { block: { stage: conv3_x, first: true, c_in: 64, c_out: 128, stride: 2 }, H: 56 }
          - exercise: resnet-basic-block
            parameters: { block: { stage: conv4_x, first: true, c_in: 128, c_out: 256, stride: 2 }, H: 29 }
          - exercise: resnet-basic-block
            parameters: { block: { stage: conv5_x, first: false, c_in: 512, c_out: 512, stride: 1 }, H: 7 }
          - exercise: vgg16-total
            parameters: { input: { kind: RGB, channels: 3 }, N: 224, adaptive: false, data: { name: ImageNet, classes: 1000 } }
          - exercise: vgg16-total
            parameters: { input: { kind: grayscale, channels: 1 }, N: 320, adaptive: true, data: { name: Food-101, classes: 101 } }
          - exercise: vgg16-total
            parameters: { input: { kind: "RGB-D (colour and depth)", channels: 4 }, N: 384, adaptive: false, data: { name: Places365, classes: 365 } }
          - exercise: dilated-receptive-field
            parameters: { K0: 3, s0: 1, D: "[1, 2, 4]" }
          - exercise: dilated-receptive-field
            parameters: { K0: 7, s0: 2, D: "[3, 3, 5]" }
          - exercise: conv1d-backward
            parameters: { x: "[1, 4, 0, -2, 3, 1]", w: "[2, -1, 3]", bias: 1, g: "[1, -1, 2, 1, -2, 1]" }
          - exercise: conv1d-backward
            parameters: { x: "[1, 4, 0, -2, 3, 1]", w: "[1, -2, 1]", bias: -1, g: "[1, -1, 2, 1, -2, 1]" }
          - exercise: maxpool-backward
            parameters:
              pool: { k: 3, s: 2 }
              X: "[[1, 5, 2, 0, 3], [4, 17, 6, 11, 8], [9, 2, 15, 1, 18], [0, 12, 3, 10, 5], [16, 8, 14, 4, 13]]"
              G: "[[2, -1], [3, 4]]"
          - exercise: maxpool-backward
            parameters:
              pool: { k: 2, s: 2 }
              X: "[[1, 5, 2, 0, 3], [4, 17, 6, 11, 8], [9, 2, 15, 1, 18], [0, 12, 3, 10, 5], [16, 8, 14, 4, 13]]"
              G: "[[2, -1], [3, 4]]"
        """;

    private static readonly Lazy<StudentExam> Exam = new(() =>
    {
        var library = ExerciseLibrary.Load(Path.Combine(TestPaths.Repository, "exercises"), BuiltinRegistry.Default);
        var path = Path.Combine(Path.GetTempPath(), $"hand-checked-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, Blueprint);
            return new ExamGenerator(BlueprintLoader.Load(path, library), library, "test-secret", renderText: false).Generate(new Student("s1", "S", "s1"));
        }
        finally { File.Delete(path); }
    });

    /// <summary>Part key, the hand-checked answer (for a choice part: the text of the correct option), and what it is.</summary>
    private static readonly (string Key, string Expected, string What)[] Answers =
    [
        // conv3_x's first block, 64 → 128 channels, stride 2, on 56 × 56: (56 + 2 − 3) // 2 + 1 = 28. Main path: 128 · 3 · 3 · 64 =
        // 73,728 and 128 · 3 · 3 · 128 = 147,456 weights, two batch normalisations of 2 · 128 = 256: 221,696. The projection adds
        // 128 · 64 = 8,192 and 256: 230,144 (the block of builtins.md's Residual example).
        ("1.a", "[128, 28, 28]", "ResNet downsampling block: output shape"),
        ("1.b", "A projection: a $1 \\times 1$ convolution with 128 filters and stride 2, then batch normalisation.", "ResNet downsampling block: shortcut"),
        ("1.c", "221696", "ResNet downsampling block: main path"),
        ("1.d", "230144", "ResNet downsampling block: whole block"),
        // conv4_x's first block, 128 → 256, stride 2, on an odd 29 × 29: (29 + 2 − 3) // 2 + 1 = 15, rounding 29/2 up. Main path:
        // 256 · 9 · 128 = 294,912 + 512 + 256 · 9 · 256 = 589,824 + 512 = 885,760; projection 256 · 128 = 32,768 + 512: 919,040.
        ("2.a", "[256, 15, 15]", "ResNet block on an odd map: output shape"),
        ("2.b", "A projection: a $1 \\times 1$ convolution with 256 filters and stride 2, then batch normalisation.", "ResNet block on an odd map: shortcut"),
        ("2.c", "885760", "ResNet block on an odd map: main path"),
        ("2.d", "919040", "ResNet block on an odd map: whole block"),
        // A later block of conv5_x, 512 → 512, stride 1, on 7 × 7: the shape stays. 2 · 512 · 9 · 512 = 4,718,592 + 2 · 1024 =
        // 4,720,640, and the identity shortcut adds nothing.
        ("3.a", "[512, 7, 7]", "ResNet identity block: output shape"),
        ("3.b", "The identity: $x$ is added to the main path's output as it is.", "ResNet identity block: shortcut"),
        ("3.c", "4720640", "ResNet identity block: main path"),
        ("3.d", "4720640", "ResNet identity block: whole block"),
        // VGG-16 as published (RGB, 224 × 224, 1000 classes). Convolutions: 64 · 28 = 1,792; 64 · 577 = 36,928; 128 · 577 = 73,856;
        // 128 · 1153 = 147,584; 256 · 1153 = 295,168; 2 · 256 · 2305 = 1,180,160; 512 · 2305 = 1,180,160; 5 · 512 · 4609 =
        // 11,799,040; together 14,714,688. 224 / 2⁵ = 7: 7 · 7 · 512 = 25,088 inputs, 4096 · 25,089 = 102,764,544;
        // 4096 · 4097 = 16,781,312; 1000 · 4097 = 4,097,000. Total 14,714,688 + 102,764,544 + 16,781,312 + 4,097,000 =
        // 138,357,544. FC1's share 102,764,544 / 138,357,544 = 74.27 %.
        ("4.a", "14714688", "VGG-16 as published: convolutions"),
        ("4.b", "25088", "VGG-16 as published: flattened map"),
        ("4.c", "102764544", "VGG-16 as published: first FC layer"),
        ("4.d", "138357544", "VGG-16 as published: total"),
        ("4.e", "1284556800/17294693", "VGG-16 as published: share of the first FC layer, 74.27 %"),
        // Grayscale: the first convolution has 64 · (9 + 1) = 640 instead of 1,792, so 14,714,688 − 1,152 = 14,713,536. The adaptive
        // pooling keeps 25,088 inputs whatever the size (320 / 32 = 10 would give 51,200). 101 classes: 101 · 4097 = 413,797.
        // Total 14,713,536 + 102,764,544 + 16,781,312 + 413,797 = 134,673,189.
        ("5.a", "14713536", "VGG-16 on grayscale: convolutions"),
        ("5.b", "25088", "VGG-16 with adaptive pooling at 320: flattened map"),
        ("5.c", "102764544", "VGG-16 with adaptive pooling at 320: first FC layer"),
        ("5.d", "134673189", "VGG-16 for Food-101: total"),
        ("5.e", "3425484800/44891063", "VGG-16 for Food-101: share of the first FC layer, 100 · 102,764,544 / 134,673,189 = 76.31 %"),
        // RGB-D: 64 · (36 + 1) = 2,368, 576 more than RGB: 14,715,264. 384 / 32 = 12: 12 · 12 · 512 = 73,728 inputs,
        // 4096 · 73,729 = 301,993,984. 365 · 4097 = 1,495,405. Total 14,715,264 + 301,993,984 + 16,781,312 + 1,495,405 = 334,985,965.
        ("6.a", "14715264", "VGG-16 on RGB-D: convolutions"),
        ("6.b", "73728", "VGG-16 at 384 without adaptive pooling: flattened map"),
        ("6.c", "301993984", "VGG-16 at 384 without adaptive pooling: first FC layer"),
        ("6.d", "334985965", "VGG-16 for Places365: total"),
        ("6.e", "6039879680/66997193", "VGG-16 at 384: share of the first FC layer, 100 · 301,993,984 / 334,985,965 = 90.15 %"),
        // Stride 1 throughout, so each 3 × 3 layer of dilation d adds 2d: 3, then 3 + 2 = 5, 5 + 4 = 9, 9 + 8 = 17; (17 − 3) / 2 = 7
        // plain layers, 1 + 2 + 4.
        ("7.a", "5", "dilations 1, 2, 4 after a 3 × 3 layer: field after layer 2"),
        ("7.b", "9", "dilations 1, 2, 4: field after layer 3"),
        ("7.c", "17", "dilations 1, 2, 4: field after layer 4"),
        ("7.d", "7", "dilations 1, 2, 4: plain layers for the same field"),
        // A 7 × 7 layer with stride 2 makes the jump 2, so a layer of dilation d adds 2d · 2: 7, 7 + 12 = 19, 19 + 12 = 31,
        // 31 + 20 = 51; (51 − 7) / 4 = 11 plain layers, 3 + 3 + 5.
        ("8.a", "19", "dilations 3, 3, 5 after a strided 7 × 7 layer: field after layer 2"),
        ("8.b", "31", "dilations 3, 3, 5: field after layer 3"),
        ("8.c", "51", "dilations 3, 3, 5: field after layer 4"),
        ("8.d", "11", "dilations 3, 3, 5: plain layers for the same field"),
        // Padded x = [0, 1, 4, 0, −2, 3, 1, 0] under w = [2, −1, 3]: z = [−1 + 12, 2 − 4, 8 − 6, 2 + 9, −4 − 3 + 3, 6 − 1] =
        // [11, −2, 2, 11, −4, 5], plus the bias 1. dL/dw_j = Σ_i g_i x'_{i+j}: [−1 + 8 + 4 + 3, 1 − 4 − 2 − 6 + 1, 4 − 4 + 3 − 2] =
        // [14, −10, 1]. dL/dx_m = Σ_j g_{m−j+2} w_j: [−1 − 2, 3 + 1 + 4, −3 − 2 + 2, 6 − 1 − 4, 3 + 2 + 2, −6 − 1]. dL/db = Σ g = 2.
        ("9.a", "[12, -1, 3, 12, -3, 6]", "padded 1-D convolution: output"),
        ("9.b", "[14, -10, 1]", "padded 1-D convolution: weight gradient"),
        ("9.c", "[-3, 8, -3, 1, 7, -7]", "padded 1-D convolution: input gradient"),
        ("9.d", "2", "padded 1-D convolution: bias gradient"),
        // The symmetric w = [1, −2, 1]: z = [−2 + 4, 1 − 8, 4 − 2, 4 + 3, −2 − 6 + 1, 3 − 2] = [2, −7, 2, 7, −7, 1], minus 1.
        // dL/dw does not depend on w; dL/dx = [−2 − 1, 1 + 2 + 2, −1 − 4 + 1, 2 − 2 − 2, 1 + 4 + 1, −2 − 2].
        ("10.a", "[1, -8, 1, 6, -8, 0]", "padded 1-D convolution with a symmetric kernel: output"),
        ("10.b", "[14, -10, 1]", "padded 1-D convolution with a symmetric kernel: weight gradient"),
        ("10.c", "[-3, 5, -4, -2, 6, -4]", "padded 1-D convolution with a symmetric kernel: input gradient"),
        ("10.d", "2", "padded 1-D convolution with a symmetric kernel: bias gradient"),
        // 3 × 3 windows at stride 2 start at rows and columns 0 and 2. Their maxima: 17 at (1, 1); 18 at (2, 4); 16 at (4, 0);
        // 18 at (2, 4) again, each the only one of its value in its window. (2, 4) collects −1 + 4 = 3, (1, 1) 2 and (4, 0) 3.
        ("11.a", "[[17, 18], [16, 18]]", "overlapping max pooling: output"),
        ("11.b", "[[0, 0, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 3], [0, 0, 0, 0, 0], [3, 0, 0, 0, 0]]", "overlapping max pooling: input gradient"),
        ("11.c", "3", "overlapping max pooling: non-zero gradients"),
        // 2 × 2 tiles: maxima 17 at (1, 1), 11 at (1, 3), 12 at (3, 1), 15 at (2, 2); row 4 and column 4 lie in no window.
        ("12.a", "[[17, 11], [12, 15]]", "tiled max pooling: output"),
        ("12.b", "[[0, 0, 0, 0, 0], [0, 2, 0, -1, 0], [0, 0, 4, 0, 0], [0, 3, 0, 0, 0], [0, 0, 0, 0, 0]]", "tiled max pooling: input gradient"),
        ("12.c", "4", "tiled max pooling: non-zero gradients"),
    ];

    /// <summary>A mistake with <c>when:</c>, by its answer's source, and its hand-checked value where it exists (null where it does not).</summary>
    private static readonly (string Key, string Mistake, string? Value)[] Mistakes =
    [
        // Rounding the odd 29 down gives 14; at 56 there is nothing to round.
        ("1.a", "[c_out, H // s, H // s]", null),
        ("2.a", "[c_out, H // s, H // s]", "[256, 14, 14]"),
        ("1.a", "[c_out, H, H]", "[128, 56, 56]"),
        ("3.a", "[c_out, H, H]", null),
        // Forgetting the projection exists only with one; counting one for an identity block only without: 4,720,640 + 512 · 512 + 1024.
        ("1.d", "main_params", "221696"),
        ("3.d", "main_params", null),
        ("1.d", "main_params + conv2d_params(c_in, c_out, 1, bias=false) + batchnorm_params(c_out)", null),
        ("3.d", "main_params + conv2d_params(c_in, c_out, 1, bias=false) + batchnorm_params(c_out)", "4983808"),
        // Biases counted in all three convolutions of a downsampling block: 230,144 + 3 · 128; in the two of an identity block: + 2 · 512.
        ("1.d", "net.total + n_convs * c_out", "230528"),
        ("3.d", "net.total + n_convs * c_out", "4721664"),
        // The first convolution taken with 3 input channels exists only for other inputs; the 224 flatten only for other sizes.
        ("4.a", "conv_total - conv2d_params(C, 64, 3) + conv2d_params(3, 64, 3)", null),
        ("5.a", "conv_total - conv2d_params(C, 64, 3) + conv2d_params(3, 64, 3)", "14714688"),
        ("4.b", "512 * 7 * 7", null),
        ("6.b", "512 * 7 * 7", "25088"),
        ("5.b", "512 * side * side", "51200"),
        ("6.b", "512 * side * side", null),
        // ImageNet's 1000 classes instead of the dataset's: 134,673,189 − 413,797 + 4,097,000.
        ("4.d", "total - fc3 + fc_params(4096, 1000)", null),
        ("5.d", "total - fc3 + fc_params(4096, 1000)", "138356392"),
        // Ignoring the dilation matters only where layer 2 is dilated: 7 + 2 · 2; ignoring the stride only where there is one: 7 + 2 · 3.
        ("7.a", "receptive_field(undilated[:2])", null),
        ("8.a", "receptive_field(undilated[:2])", "11"),
        ("7.a", "receptive_field(unstrided[:2])", null),
        ("8.a", "receptive_field(unstrided[:2])", "13"),
        ("8.a", "receptive_field(spread[:2])", "23"),
        // The flipped kernel [3, −1, 2] on the padded x: [−1 + 8, 3 − 4, 12 − 4, 2 + 6, −6 − 3 + 2, 9 − 1], plus 1; a symmetric kernel has none.
        ("9.a", "conv1d(x, flip(w), padding=1) + bias", "[8, 0, 9, 9, -6, 9]"),
        ("10.a", "conv1d(x, flip(w), padding=1) + bias", null),
        // The backward pass with the unflipped [3, −1, 2]: [−1 − 3, 2 + 1 + 6, −2 − 2 + 3, 4 − 1 − 6, 2 + 2 + 3, −4 − 1].
        ("9.c", "conv1d_grad_input(x, flip(w), g, padding=1)", "[-4, 9, -1, -3, 7, -5]"),
        ("10.c", "conv1d_grad_input(x, flip(w), g, padding=1)", null),
        // Keeping only the last window's gradient at (2, 4): 4 instead of −1 + 4; tiles share no cell.
        ("11.b", "overwritten", "[[0, 0, 0, 0, 0], [0, 2, 0, 0, 0], [0, 0, 0, 0, 4], [0, 0, 0, 0, 0], [3, 0, 0, 0, 0]]"),
        ("12.b", "overwritten", null),
        ("11.c", "4", "4"),
        ("12.c", "4", null),
    ];

    private static IEnumerable<TestCaseData> AnswerTable() =>
        Answers.Select(a => new TestCaseData(a.Key, a.Expected).SetName($"{a.Key} {a.What}"));

    [TestCaseSource(nameof(AnswerTable))]
    public void Part_has_its_hand_checked_answer(string key, string expected)
    {
        var part = Exam.Value.Parts.Single(p => p.Key == key);
        var actual = part.Kind == AnswerKind.Choice ? part.Options.Single(o => o.Correct).Text.Trim() : part.Answer.ToString();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Every_part_of_the_pinned_variants_has_a_hand_checked_answer() =>
        Assert.That(Answers.Select(a => a.Key), Is.EquivalentTo(Exam.Value.Parts.Select(p => p.Key)));

    private static IEnumerable<TestCaseData> MistakeTable() =>
        Mistakes.Select(m => new TestCaseData(m.Key, m.Mistake, m.Value).SetName($"{m.Key} {m.Mistake} {(m.Value is null ? "does not apply" : "applies")}"));

    [TestCaseSource(nameof(MistakeTable))]
    public void A_mistake_with_when_exists_only_where_it_is_a_mistake(string key, string mistake, string? value)
    {
        var part = Exam.Value.Parts.Single(p => p.Key == key);
        var index = part.Template.Mistakes.Select(m => m.Answer.Source).ToList().IndexOf(mistake);
        Assert.That(index, Is.GreaterThanOrEqualTo(0), $"part {key} has no mistake '{mistake}'");
        Assert.That(part.MistakeApplies(index) ? part.MistakeAnswers[index].ToString() : null, Is.EqualTo(value));
    }

    [Test]
    public void No_mistake_gives_the_right_answer_in_the_pinned_variants()
    {
        var same = Exam.Value.Parts
            .SelectMany(p => p.Template.Mistakes.Select((m, i) => (p, m, i)))
            .Where(t => t.p.MistakeApplies(t.i) && ValueOperators.AreEqual(t.p.Answer, t.p.MistakeAnswers[t.i]))
            .Select(t => $"{t.p.Key}: {t.m.Answer.Source}");
        Assert.That(same, Is.Empty);
    }

    // ResNet-18 from the blocks of resnet-basic-block: the stem 64 · 7 · 7 · 3 = 9,408 and its batch normalisation 128; conv2_x
    // 2 · 73,984 = 147,968 (64 · 9 · 64 = 36,864 twice, + 2 · 128); conv3_x 230,144 + 295,424 (128 · 9 · 128 twice + 512);
    // conv4_x 919,040 + 1,180,672 (256 · 9 · 256 twice + 1024); conv5_x 3,673,088 (512 · 9 · 256 = 1,179,648 + 1024 +
    // 2,359,296 + 1024 + 131,072 + 1024) + 4,720,640; the classifier 512 · 1000 + 1000 = 513,000. Together 11,689,512.
    [Test]
    public void ResNet18_traced_from_basic_blocks_has_its_published_parameter_count()
    {
        static string Block(int cIn, int cOut, int s) =>
            $"Residual([Conv({cIn}, {cOut}, 3, {s}, 1, bias=false), BatchNorm({cOut}), ReLU(), Conv({cOut}, {cOut}, 3, 1, 1, bias=false), BatchNorm({cOut})]"
            + (s == 1 && cIn == cOut ? "), ReLU()" : $", [Conv({cIn}, {cOut}, 1, {s}, bias=false), BatchNorm({cOut})]), ReLU()");
        var layers = string.Join(", ",
            "Conv(3, 64, 7, 2, 3, bias=false), BatchNorm(64), ReLU(), MaxPool(3, 2, 1)",
            Block(64, 64, 1), Block(64, 64, 1), Block(64, 128, 2), Block(128, 128, 1),
            Block(128, 256, 2), Block(256, 256, 1), Block(256, 512, 2), Block(512, 512, 1),
            "AdaptiveAvgPool(1), Flatten(), Linear(512, 1000)");
        Assert.That(ExpressionEvaluatorTests.Eval($"trace([3, 224, 224], [{layers}]).total").ToString(), Is.EqualTo("11689512"));
    }
}
