using DeepExam.Numbers;

namespace DeepExam.Exams;

/// <summary>Points as every output writes them: a decimal, exact when it terminates (2.5, 0.75), else to the cent.</summary>
public static class PointsFormat
{
    public static string Decimal(Rational points) =>
        points.IsInteger ? points.ToString() : points.HasTerminatingDecimal ? points.ToDecimalString(6) : points.ToDecimalString(2);
}
