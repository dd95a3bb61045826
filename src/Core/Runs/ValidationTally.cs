using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using DeepExam.Diagnostics;
using DeepExam.Expressions.Evaluation;
using DeepExam.Solving;
using DeepExam.Templates;

namespace DeepExam.Runs;

/// <summary>
/// What validating one template has found so far: distinct variants, draws, errors and mistakes equal to the answer
/// (an error when in every variant, a warning with its share when in some). Filled in parallel.
/// </summary>
internal sealed class ValidationTally(ExerciseTemplate template)
{
    private readonly ConcurrentDictionary<string, byte> _fingerprints = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (int Order, Diagnostic Diagnostic)> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(TextTemplate, string), byte> _typeset = new();
    // Per part and mistake: the variants where the mistake rule applies, and those of them where it gives the answer.
    private readonly int[][] _applies = [.. template.Parts.Select(p => new int[p.Mistakes.Length])];
    private readonly ConcurrentDictionary<(string Part, string Name), (SourceLocation Location, string Tex, bool IsDerived)> _rawNames = new();
    private readonly int[][] _overlaps = [.. template.Parts.Select(p => new int[p.Mistakes.Length])];
    private long _attempts, _solved;

    /// <summary>True the first time a text with this rendering is offered: its typesetting needs checking once.</summary>
    public bool FirstTypesetting(RenderedText text) => _typeset.TryAdd((text.Source, text.Rendered), 0);

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
            {
                // A rule with a 'when' is compared with the answer only where it holds: one that never applies
                // is never "equal to the answer in every variant".
                if (!solved.Parts[p].MistakeApplies(m)) continue;
                Interlocked.Increment(ref _applies[p][m]);
                if (ValueOperators.AreEqual(solved.Parts[p].Answer, solved.Parts[p].MistakeAnswers[m]))
                    Interlocked.Increment(ref _overlaps[p][m]);
            }
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
        var key = diagnostic.Code == DiagnosticCodes.ConstraintsNeverMet ? diagnostic.Code.Id : $"{diagnostic.Location}|{kind}";
        _errors.AddOrUpdate(key, (order, diagnostic), (_, kept) => kept.Order <= order ? kept : (order, diagnostic));
    }

    /// <summary>
    /// A failure's diagnostics, one per place and code: the message names the variant's values (an index out of range,
    /// a division by zero of this variant's numbers), so grouping by its words kept a copy per set of values.
    /// </summary>
    public void Add(InputException failure, int order)
    {
        foreach (var d in failure.Diagnostics) Add(d, d.Code.Id, order);
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
        [.. _errors.Values.Select(e => e.Diagnostic).Concat(MistakesAlwaysEqualToTheAnswer())
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ThenBy(d => d.Message, StringComparer.Ordinal).Take(10)];

    /// <summary>Each part's mistakes, with the variants where the rule applies and those where it gave the answer.</summary>
    private IEnumerable<(PartTemplate Part, MistakeRule Mistake, int Applies, int Equal)> Mistakes() =>
        template.Parts.SelectMany((part, p) => part.Mistakes.Select((mistake, m) => (part, mistake, _applies[p][m], _overlaps[p][m])));

    /// <summary>
    /// A mistake that gives the correct answer in every variant that was solved (and where it applies) is an error: the
    /// grader compares an answer with the correct one first, so it would never recognise the mistake. (A blueprint's
    /// pinned values may still make a mistake give the answer in one slot; the key lists it under mistakes_same_as_answer.)
    /// </summary>
    private IEnumerable<Diagnostic> MistakesAlwaysEqualToTheAnswer() =>
        Mistakes().Where(o => o.Applies > 0 && o.Equal == o.Applies).Select(o => new Diagnostic(o.Mistake.Answer.Location, template.Id,
            string.Create(CultureInfo.InvariantCulture,
                $"part '{o.Part.Id}': mistake '{o.Mistake.Answer.Source}' equals the correct answer in all {o.Applies:N0} variants solved{(o.Applies < Solved ? " where it applies" : "")}, so the grader can never recognise it (it checks the answer first and gives full credit); remove the mistake or fix its expression"),
            DiagnosticCodes.MistakeAlwaysEqualsAnswer));

    /// <summary>The mistakes that give the correct answer in some variants but not all: a warning with the share.</summary>
    public ImmutableArray<MistakeOverlap> Overlaps() =>
        [.. Mistakes().Where(o => o.Equal > 0 && o.Equal < o.Applies)
            .Select(o => new MistakeOverlap(o.Part.Id, o.Mistake.Answer.Source, o.Mistake.Answer.Location, (double)o.Equal / o.Applies,
                OnlyWhereItApplies: o.Applies < Solved))];
}
