using DeepExam.Numbers;

namespace DeepExam.Grading.Reports;

/// <summary>Points as people read them: "2", "1.33" (exact internally, two decimals on paper).</summary>
public static class PointsText
{
    public static string Show(Rational points) => points.IsInteger ? points.ToString() : points.ToDecimalString(2);

    public static string Percent(Rational part, Rational whole) =>
        whole.Sign == 0 ? "0" : (part * 100 / whole).ToDecimalString(1);
}
