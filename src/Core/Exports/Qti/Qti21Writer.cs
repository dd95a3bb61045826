using System.Collections.Concurrent;
using System.Collections.Immutable;
using DeepExam.Layout;
using DeepExam.Pdf;

namespace DeepExam.Exports.Qti;

/// <summary>
/// The QTI 2.1 question-bank writer: one IMS content package, <c>qti21/&lt;exam id&gt;.zip</c>, holding imsmanifest.xml,
/// the assessmentTest (a section per slot drawing one variant per exercise) and an assessmentItem per variant with its
/// figures. Items are composed as each set is written (in parallel); the package is built once every set is in, in slot
/// order and, within a pool slot, by exercise id. Math is always MathML: QTI 2.1 includes it, and has no TeX.
/// </summary>
public sealed class Qti21Writer(QuestionBank bank, ITextMeasurer measurer) : IQuestionBankWriter
{
    public static QuestionBankFormat Format { get; } = new("qti21", "qti21/<exam>.zip: an IMS QTI 2.1 content package, a test drawing one variant per exercise",
        (bank, _) => new Qti21Writer(bank, PdfTextMeasurer.Instance));

    private readonly ConcurrentBag<QtiItemComposer> _composers = [];
    private readonly ConcurrentBag<(VariantSet Set, ImmutableArray<QtiItem> Items)> _written = [];

    public string PackagePath => $"qti21/{QtiNames.Identifier(bank.ExamId)}.zip";

    public WrittenSet Write(VariantSet set)
    {
        if (!_composers.TryTake(out var composer)) composer = new QtiItemComposer(measurer);
        try
        {
            var items = ImmutableArray.CreateBuilder<QtiItem>();
            var skipped = ImmutableArray.CreateBuilder<SkippedVariant>();
            foreach (var variant in set.Variants)
            {
                var (item, reason) = composer.Compose(set, variant);
                if (item is null) skipped.Add(new SkippedVariant(set.ExerciseId, variant.Label, reason!));
                else items.Add(item);
            }
            _written.Add((set, items.ToImmutable()));
            return new WrittenSet(set, [], skipped.ToImmutable());
        }
        finally
        {
            _composers.Add(composer);
        }
    }

    public ImmutableArray<ExportedFile> Finish() => [new ExportedFile(PackagePath, QtiPackage.Zip(Files()))];

    /// <summary>Every file of the package in its order: the manifest, the test, then each item's XML and figures.</summary>
    public IEnumerable<ExportedFile> Files()
    {
        var exercises = _written.OrderBy(w => w.Set.Slot).ThenBy(w => w.Set.ExerciseId, StringComparer.Ordinal).ToList();
        var items = exercises.SelectMany(e => e.Items).ToList();
        yield return new ExportedFile(QtiManifest.Href, QtiItemComposer.Serialize(QtiManifest.Of(bank, items)));
        if (items.Count > 0) yield return new ExportedFile(QtiTest.Href, QtiItemComposer.Serialize(QtiTest.Of(bank, exercises)));
        foreach (var file in items.SelectMany(i => i.Files)) yield return file;
    }
}
