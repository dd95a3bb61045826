using CsvHelper;

namespace DeepExam.Tests.Output;

/// <summary>A CSV file read back as a spreadsheet importer sees it: every record, header first, as its fields.</summary>
internal static class CsvRows
{
    public static List<string[]> Parse(string text)
    {
        using var csv = CsvReader.Create(new StringReader(text), new CsvReaderOptions { HasHeader = false, Separator = ',' });
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        return rows;
    }

    public static List<string[]> Read(string path) => Parse(File.ReadAllText(path));
}
