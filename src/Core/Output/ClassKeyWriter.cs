using CsvHelper;
using DeepExam.Exams;
using DeepExam.Templates;

namespace DeepExam.Output;

/// <summary>The whole class's answers as one CSV, one row per student and part, streamed in roster order.</summary>
public sealed class ClassKeyWriter : IDisposable
{
    private readonly CsvWriter _csv;

    public ClassKeyWriter(TextWriter writer)
    {
        _csv = CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: true);
        foreach (var h in new[] { "student_id", "name", "check", "slot", "exercise", "part", "kind", "points", "answer" }) _csv.WriteField(h);
        _csv.EndRecord();
    }

    public void Write(StudentExam exam)
    {
        foreach (var ex in exam.Exercises)
            foreach (var part in ex.Parts)
            {
                _csv.WriteField(exam.Student.Id);
                _csv.WriteField(exam.Student.Name);
                _csv.WriteField(exam.CheckCode);
                _csv.WriteField(ex.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture));
                _csv.WriteField(ex.Template.Id);
                _csv.WriteField(part.Key);
                _csv.WriteField(AnswerKinds.NameOf(part.Kind));
                _csv.WriteField(part.Points.ToString());
                _csv.WriteField(AnswerText.Format(part.Answer));
                _csv.EndRecord();
            }
    }

    public void Dispose() => _csv.Dispose();
}
