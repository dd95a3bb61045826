using DeepExam.Exams;
using DeepExam.Kinds;
using DeepExam.Values;

namespace DeepExam.Output;

/// <summary>
/// The whole class's answers as one CSV, one row per student and part, streamed in roster order.
/// An answer typed as a number (a number, a vector, a matrix, a list of numbers) is a figure and
/// written as it is; any other answer (a choice's letter) is free text, like the ids and names.
/// </summary>
public sealed class ClassKeyWriter : IDisposable
{
    private readonly SafeCsvWriter _csv;

    public ClassKeyWriter(TextWriter writer)
    {
        _csv = new SafeCsvWriter(writer);
        foreach (var h in new[] { "student_id", "name", "check", "slot", "exercise", "part", "kind", "points", "answer" }) _csv.Text(h);
        _csv.EndRecord();
    }

    public void Write(StudentExam exam)
    {
        foreach (var ex in exam.Exercises)
            foreach (var part in ex.Parts)
            {
                _csv.Text(exam.Student.Id);
                _csv.Text(exam.Student.Name);
                _csv.Text(exam.CheckCode);
                _csv.Figure(ex.Slot);
                _csv.Text(ex.Template.Id);
                _csv.Text(part.Key);
                _csv.Text(AnswerKinds.NameOf(part.Kind));
                _csv.Figure(PointsFormat.Decimal(part.Points));
                var answer = AnswerText.Format(part.Answer);
                if (IsNumeric(part.Answer)) _csv.Figure(answer);
                else _csv.Text(answer);
                _csv.EndRecord();
            }
    }

    private static bool IsNumeric(Value value) => value switch
    {
        NumberValue or TensorValue => true,
        ListValue list => list.Items.All(IsNumeric),
        _ => false,
    };

    public void Dispose() => _csv.Dispose();
}
