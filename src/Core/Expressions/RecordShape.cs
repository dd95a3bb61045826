using System.Collections.Immutable;
using DeepExam.Values;

namespace DeepExam.Expressions;

/// <summary>
/// What the loader knows of a name that holds records before any variant is drawn: the records' field names, and
/// whether the name holds one record (a choice of records) or a list of them (a bank's draw). With it a misspelt
/// field (<c>statement.truht</c>) is reported at load, with the fields that exist.
/// </summary>
public sealed record RecordShape(ImmutableArray<string> Fields, bool IsList)
{
    /// <summary>The shape of one item of a list of records.</summary>
    public RecordShape Item => this with { IsList = false };

    /// <summary>The shape every one of the values has, or null when they are not all records with the same fields.</summary>
    public static RecordShape? Common(IEnumerable<Value> values, bool isList)
    {
        RecordShape? shape = null;
        foreach (var value in values)
        {
            if (value is not RecordValue record) return null;
            var fields = record.Fields.Select(f => f.Key).ToImmutableArray();
            if (shape is null) shape = new RecordShape(fields, isList);
            else if (!shape.Fields.SequenceEqual(fields)) return null;
        }
        return shape;
    }

    public bool SameAs(RecordShape other) => IsList == other.IsList && Fields.SequenceEqual(other.Fields);
}
