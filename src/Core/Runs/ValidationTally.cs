using System.Collections.Concurrent;
using System.Collections.Immutable;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Runs;

/// <summary>What validating one template has found so far: distinct variants, draws, errors and mistakes equal to the answer. Filled in parallel.</summary>
internal sealed class ValidationTally(ExerciseTemplate template)
{
    private readonly ConcurrentDictionary<string, byte> _fingerprints = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Order, Diagnostic Diagnostic)> _errors = new(StringComparer.Ordinal);
    private readonly int[][] _overlaps = [.. template.Parts.Select(p => new int[p.Mistakes.Length])];
    private long _attempts, _solved;

    public int DistinctVariants => _fingerprints.Count;
    public long Solved => Interlocked.Read(ref _solved);
    public double MeanAttempts => Solved == 0 ? 0 : (double)Interlocked.Read(ref _attempts) / Solved;

    public void Add(SolvedExercise solved)
    {
        _fingerprints.TryAdd(solved.Variant.Fingerprint, 0);
        Interlocked.Add(ref _attempts, solved.Variant.Attempts);
        Interlocked.Increment(ref _solved);
        for (var p = 0; p < solved.Parts.Length; p++)
            for (var m = 0; m < solved.Parts[p].MistakeAnswers.Length; m++)
                if (ValueOperators.AreEqual(solved.Parts[p].Answer, solved.Parts[p].MistakeAnswers[m]))
                    Interlocked.Increment(ref _overlaps[p][m]);
    }

    /// <summary>
    /// Keeps one diagnostic per place and kind: the same fault shows in many variants with different values. Of those,
    /// the one of the lowest <paramref name="order"/> (the variant's seed or combination number) is kept, so the report
    /// reads the same however the parallel checks finish.
    /// </summary>
    public void Add(Diagnostic diagnostic, string kind, int order)
    {
        // Each sampling that meets no variant reports its own counts, and may blame another constraint when two are
        // met about as rarely: one report for the template.
        var key = diagnostic.Code == DiagnosticCodes.ConstraintsNeverMet ? diagnostic.Code : $"{diagnostic.Location}|{kind}";
        _errors.AddOrUpdate(key, (order, diagnostic), (_, kept) => kept.Order <= order ? kept : (order, diagnostic));
    }

    public void Add(InputException failure, int order)
    {
        foreach (var d in failure.Diagnostics) Add(d, Kind(d.Message), order);
    }

    private static string Kind(string message)
    {
        var cut = message.IndexOf(" (in the variant with", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    public ImmutableArray<Diagnostic> Errors() =>
        [.. _errors.Values.Select(e => e.Diagnostic).OrderBy(d => d.Location.Line).ThenBy(d => d.Message, StringComparer.Ordinal).Take(10)];

    public ImmutableArray<MistakeOverlap> Overlaps() =>
        [.. template.Parts.SelectMany((part, p) => part.Mistakes.Select((mistake, m) => (part, mistake, count: _overlaps[p][m])))
            .Where(o => o.count > 0)
            .Select(o => new MistakeOverlap(o.part.Id, o.mistake.Answer.Source, o.mistake.Answer.Location, (double)o.count / Math.Max(1, Solved)))];
}
