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
    private readonly ConcurrentDictionary<string, Diagnostic> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Part, string Name), (SourceLocation Location, string Tex, bool IsDerived)> _rawNames = new();
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

    /// <summary>Keeps one diagnostic per place and kind: the same fault shows in many variants with different values.</summary>
    public void Add(Diagnostic diagnostic, string kind) => _errors.TryAdd($"{diagnostic.Location}|{kind}", diagnostic);

    public void Add(InputException failure)
    {
        foreach (var d in failure.Diagnostics) Add(d, Kind(d.Message));
    }

    private static string Kind(string message)
    {
        var cut = message.IndexOf(" (in the variant with", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    /// <summary>Notes that part <paramref name="partId"/>'s working shows <paramref name="name"/> raw; the same name shows in many variants.</summary>
    public void AddRawName(string partId, string name, SourceLocation location, string tex, bool isDerived) =>
        _rawNames.TryAdd((partId, name), (location, tex, isDerived));

    /// <summary>One warning per name, with the parts whose working shows it, in the template's order.</summary>
    public ImmutableArray<RawNameWarning> RawNames()
    {
        var parts = template.Parts.Select(p => p.Id).ToList();
        return [.. _rawNames.GroupBy(r => r.Key.Name)
            .Select(g => (Name: g.Key, Parts: g.Select(r => r.Key.Part).OrderBy(parts.IndexOf).ToImmutableArray(), Found: g.First().Value))
            .OrderBy(w => parts.IndexOf(w.Parts[0])).ThenBy(w => w.Name, StringComparer.Ordinal)
            .Select(w => new RawNameWarning(w.Found.Location, template.Id, w.Parts, w.Name, w.Found.Tex, w.Found.IsDerived))];
    }

    public ImmutableArray<Diagnostic> Errors() =>
        [.. _errors.Values.OrderBy(d => d.Location.Line).ThenBy(d => d.Message, StringComparer.Ordinal).Take(10)];

    public ImmutableArray<MistakeOverlap> Overlaps() =>
        [.. template.Parts.SelectMany((part, p) => part.Mistakes.Select((mistake, m) => (part, mistake, count: _overlaps[p][m])))
            .Where(o => o.count > 0)
            .Select(o => new MistakeOverlap(o.part.Id, o.mistake.Answer.Source, o.mistake.Answer.Location, (double)o.count / Math.Max(1, Solved)))];
}
