using System.Collections.Immutable;
using CsvHelper;

namespace DeepExam.Grading.Reports;

/// <summary>
/// The roster's columns other than 'id' and 'name' (an email, an LMS id number, a section), as the
/// roster writes them, so the gradebook can carry them and an LMS import can match its rows. The roster
/// itself was checked by <see cref="Exams.RosterLoader"/> before this reads it again.
/// </summary>
public sealed record RosterColumns(ImmutableArray<string> Headers, IReadOnlyDictionary<string, ImmutableArray<string>> ById)
{
    public static RosterColumns None { get; } = new([], new Dictionary<string, ImmutableArray<string>>());

    /// <summary>The student's values in the order of <see cref="Headers"/>; empty texts for a student the roster file lacks.</summary>
    public IEnumerable<string> ValuesOf(string studentId) =>
        ById.TryGetValue(studentId, out var values) ? values : Headers.Select(_ => "");

    /// <summary>The student's value in the column named <paramref name="header"/> (any case), or "".</summary>
    public string Value(string studentId, string header)
    {
        var column = Headers.IndexOf(Headers.FirstOrDefault(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase)) ?? "\0");
        return column >= 0 && ById.TryGetValue(studentId, out var values) ? values[column] : "";
    }

    public static RosterColumns Load(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = CsvReader.Create(reader, new CsvReaderOptions { TrimWhitespace = true }, leaveOpen: true);
        var hasRow = csv.Read();
        if (!csv.TryGetFieldIndex("id", out var idColumn) || !csv.TryGetFieldIndex("name", out var nameColumn)) return None;
        var extra = Enumerable.Range(0, csv.Headers.Count).Where(i => i != idColumn && i != nameColumn).ToArray();
        if (extra.Length == 0) return None;
        var byId = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        for (; hasRow; hasRow = csv.Read())
        {
            var id = csv.FieldCount > idColumn ? csv.GetString(idColumn).Trim() : "";
            if (id.Length > 0) byId.TryAdd(id, [.. extra.Select(i => csv.FieldCount > i ? csv.GetString(i).Trim() : "")]);
        }
        return new RosterColumns([.. extra.Select(i => csv.Headers[i].Trim())], byId);
    }
}
