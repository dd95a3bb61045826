using DeepExam.Exams;

namespace DeepExam.Runs;

/// <summary>
/// How a blueprint shares each slot's points among the parts of each exercise it may draw: what
/// <c>validate --blueprint</c> prints, so the instructor sees 1 + 2.5 + 2.5 + 2 before the students do.
/// </summary>
public sealed record SlotPoints(int Slot, string Exercise, PartPoints Points)
{
    public static IEnumerable<SlotPoints> Of(ExamBlueprint blueprint, ExerciseLibrary library) =>
        from slot in blueprint.Slots
        from id in slot.Pool
        let template = library[id]
        let points = PartPoints.Of([.. template.Parts.Select(p => p.Points)], slot.Points)
        where points is not null
        select new SlotPoints(slot.Number, id, points);

    public override string ToString()
    {
        var total = Points.Points.Aggregate(Numbers.Rational.Zero, (s, p) => s + p);
        var how = Points.Step is null ? "as written" : Points.NeedsQuarters ? "in steps of 1/4: steps of 1/2 would leave a part with none" : "in steps of 1/2";
        return $"slot {Slot} {Exercise}: {PointsFormat.Decimal(total)} points = {string.Join(" + ", Points.Points.Select(PointsFormat.Decimal))} ({how})";
    }
}
