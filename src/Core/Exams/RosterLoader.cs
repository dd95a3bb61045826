using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using DeepExam.Diagnostics;

namespace DeepExam.Exams;

/// <summary>
/// Reads a class roster: CSV with a header holding 'id' and 'name' (other columns are ignored).
/// Empty ids, duplicate ids and ids whose file names would collide are errors at file:line.
/// </summary>
public static class RosterLoader
{
    public static ImmutableArray<Student> Load(string path)
    {
        if (!File.Exists(path)) throw new InputException(new Diagnostic(new SourceLocation(path, 1, 1), null, "roster file not found", DiagnosticCodes.RosterNotFound));
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static ImmutableArray<Student> Read(TextReader text, string file)
    {
        var diagnostics = new DiagnosticBag();
        var students = ImmutableArray.CreateBuilder<Student>();
        using var csv = CsvReader.Create(text, new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true }, leaveOpen: true);
        var hasRow = csv.Read();
        if (csv.Headers.Count == 0)
            throw new InputException(new Diagnostic(new SourceLocation(file, 1, 1), null, "the roster is empty; it needs a header line 'id,name'", DiagnosticCodes.RosterEmpty));
        // TryGetFieldIndex matches header names loosely (trimmed, any case): "ID", " Name " work.
        if (!csv.TryGetFieldIndex("id", out var idColumn) || !csv.TryGetFieldIndex("name", out var nameColumn))
            throw new InputException(new Diagnostic(new SourceLocation(file, 1, 1), null, $"the roster header must hold 'id' and 'name', found: {string.Join(", ", csv.Headers)}", DiagnosticCodes.RosterHeader));
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byFile = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        for (; hasRow; hasRow = csv.Read())
        {
            var line = (int)csv.LineNumber;
            var id = csv.FieldCount > idColumn ? csv.GetString(idColumn).Trim() : "";
            var name = csv.FieldCount > nameColumn ? csv.GetString(nameColumn).Trim() : "";
            var at = new SourceLocation(file, line, 1);
            if (id.Length == 0) { diagnostics.Error(at, "empty student id", DiagnosticCodes.EmptyStudentId); continue; }
            if (id.Any(char.IsControl)) { diagnostics.Error(at, "student id contains control characters", DiagnosticCodes.StudentIdControlCharacters); continue; }
            if (byId.TryGetValue(id, out var first)) { diagnostics.Error(at, $"student id '{id}' appears twice (first on line {first})", DiagnosticCodes.StudentIdTwice); continue; }
            byId[id] = line;
            var fileName = StudentFileName.For(id);
            if (byFile.TryGetValue(fileName, out var clash))
            {
                diagnostics.Error(at, $"student ids '{id}' and '{clash.Id}' (line {clash.Line}) would share the output file name '{fileName}'", DiagnosticCodes.StudentFileNamesCollide);
                continue;
            }
            byFile[fileName] = (id, line);
            students.Add(new Student(id, name, fileName));
        }
        if (students.Count == 0 && !diagnostics.HasErrors) diagnostics.Error(new SourceLocation(file, 1, 1), "the roster lists no students", DiagnosticCodes.NoStudents);
        if (diagnostics.HasErrors) throw new InputException(diagnostics.ToImmutable());
        return students.ToImmutable();
    }
}
