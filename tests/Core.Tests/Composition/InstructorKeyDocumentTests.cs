using DeepExam.Composition;
using DeepExam.Documents;
using DeepExam.Templates;
using DeepExam.Tests.Pdf;
using DeepExam.Values;

namespace DeepExam.Tests.Composition;

public class InstructorKeyDocumentTests
{
    [Test]
    public void Lists_every_part_with_its_label_and_points_in_exam_order()
    {
        var exam = DemoExams.For(0);
        var key = InstructorKeyDocument.For(exam);
        Assert.That((key.Name, key.Id, key.CheckCode), Is.EqualTo((exam.Student.Name, exam.Student.Id, exam.CheckCode)));
        Assert.That(key.Exercises.SelectMany(e => e.Answers).Select(a => a.Label), Is.EqualTo(exam.Parts.Select(p => p.Key)));
        Assert.That(key.Exercises[0].Answers[0].Points, Is.EqualTo($"{exam.Parts.First().Points} pt"));
    }

    [Test]
    public void Only_a_slot_with_a_pool_says_which_exercise_was_drawn()
    {
        var key = InstructorKeyDocument.For(DemoExams.For(0));
        Assert.That(key.Exercises.Where(e => e.FromPool).Select(e => e.Slot), Is.EqualTo(new[] { 2 }), "the demo's slot 2 is a pool");
    }

    [Test]
    public void Numbers_and_matrices_are_displayed_formulas_with_the_solution_sheets_TeX()
    {
        var checkedParts = 0;
        foreach (var exam in DemoExams.First(3))
        {
            var boxes = AnswerBoxes(ExamDocument.Solutions(exam).Blocks).ToDictionary(b => b.Label);
            foreach (var (part, answer) in exam.Parts.Zip(InstructorKeyDocument.For(exam).Exercises.SelectMany(e => e.Answers)))
            {
                if (part.Answer is not (NumberValue or TensorValue) || part.Kind is AnswerKind.Shape) continue;
                var source = boxes[$"Answer {part.Key}"].Content.Single() switch
                {
                    DisplayMath d => d.Source,
                    Paragraph { Inlines: [MathRun m] } => m.Source,
                    var other => other.ToString(),
                };
                Assert.That(answer.Answer.Single(), Is.TypeOf<DisplayMath>().And.Property("Source").EqualTo(source), $"{exam.Student.Id} {part.Key}");
                checkedParts++;
            }
        }
        Assert.That(checkedParts, Is.GreaterThan(30));
    }

    private static IEnumerable<AnswerBox> AnswerBoxes(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
    {
        AnswerBox a => [a],
        Section s => AnswerBoxes(s.Blocks),
        LabeledBlock l => AnswerBoxes(l.Blocks),
        KeepTogether k => AnswerBoxes(k.Blocks),
        _ => Enumerable.Empty<AnswerBox>(),
    });
}
