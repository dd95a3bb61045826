namespace DeepExam.Grading.Scoring;

/// <summary>
/// What a part's answer would be given the student's own (wrong) answers to the earlier parts it uses,
/// and which earlier answers those were ("1.a = [30, 30, 7]").
/// </summary>
public sealed record CarriedForward(DeepExam.Values.Value Expected, string From);
