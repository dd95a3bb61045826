using System.Globalization;
using CsvHelper;

namespace DeepExam.Output;

/// <summary>
/// Writes the CSV files instructors open in a spreadsheet (key.csv, grades.csv, report.csv), where a
/// cell that starts with =, +, -, @, a tab or a carriage return can run as a formula (CSV injection).
/// Every cell says what it is. <see cref="Text"/> is free text (ids, names, file names, messages):
/// when it starts like a formula it gets a leading apostrophe, which a spreadsheet reads as "this is
/// text", and quotes, as the OWASP guidance on CSV injection advises. <see cref="Figure(string)"/> is
/// a number the tools formatted themselves (points, percentages, -3, -5/2, [-1, 2]) and is written as
/// it is, so a spreadsheet still sees a number; text passed as a figure by mistake is still
/// neutralised, since a figure is recognised by its characters, not trusted.
/// </summary>
public sealed class SafeCsvWriter : IDisposable
{
    private readonly CsvWriter _csv;

    public SafeCsvWriter(TextWriter text) =>
        _csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);

    public void Text(string? value)
    {
        if (value is not null && StartsLikeFormula(value)) _csv.WriteField("'" + value, CsvQuoting.Always);
        else _csv.WriteField(value);
    }

    public void Figure(string value)
    {
        if (IsFigure(value)) _csv.WriteField(value);
        else Text(value);
    }

    public void Figure(int value) => _csv.WriteField(value.ToString(CultureInfo.InvariantCulture));

    public void EndRecord() => _csv.EndRecord();

    public void Dispose() => _csv.Dispose();

    /// <summary>The characters OWASP lists as starting a formula in a spreadsheet.</summary>
    public static bool StartsLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// Digits with signs, decimal points, fraction bars, list brackets, commas and spaces, and an
    /// exponent's e right after a digit: "-3", "-5/2", "1.5E-05", "[[-1, 2], [3, 4]]". Without
    /// letters there is no function to call and no cell to refer to, so a spreadsheet at worst does
    /// arithmetic with it.
    /// </summary>
    public static bool IsFigure(string value)
    {
        var digits = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiDigit(c)) digits = true;
            else if (c is 'e' or 'E' ? i == 0 || !char.IsAsciiDigit(value[i - 1]) : c is not ('-' or '+' or '.' or '/' or ',' or ' ' or '[' or ']')) return false;
        }
        return digits;
    }
}
