using System.Collections.Immutable;
using DeepExam.Templates;

namespace DeepExam.Kinds;

/// <summary>
/// One handler per <see cref="AnswerKind"/>, looked up by the kind. The table refuses to be built
/// with a kind missing or given twice, so a new enum value without its handler fails at the first
/// use of the table (and in the tests that build every table), instead of falling through a default arm.
/// Lookup is an array index: grading looks a handler up per part.
/// </summary>
public sealed class AnswerKindTable<T> where T : class, IAnswerKindHandler
{
    private readonly T[] _byKind;

    /// <param name="name">What the table is for, named in the error when it is incomplete.</param>
    /// <param name="handlers">The handlers, in the order <see cref="InOrder"/> lists them.</param>
    public AnswerKindTable(string name, params T[] handlers)
    {
        var kinds = Enum.GetValues<AnswerKind>();
        _byKind = new T[kinds.Max(k => (int)k) + 1];
        foreach (var handler in handlers)
        {
            if (_byKind[(int)handler.Kind] is { } earlier)
                throw new InvalidOperationException($"{name}: answer kind {handler.Kind} has two handlers, {earlier.GetType().Name} and {handler.GetType().Name}");
            _byKind[(int)handler.Kind] = handler;
        }
        var missing = kinds.Where(k => _byKind[(int)k] is null).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"{name}: no handler for answer kind {string.Join(", ", missing)}");
        InOrder = [.. handlers];
    }

    public T this[AnswerKind kind] => _byKind[(int)kind];

    /// <summary>Every handler, in registration order (which is, for the core table, the order kinds are listed to authors).</summary>
    public ImmutableArray<T> InOrder { get; }
}
