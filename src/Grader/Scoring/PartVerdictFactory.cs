using DeepExam.Numbers;

namespace DeepExam.Grading.Scoring;

/// <summary>Makes the grade of a part from what partial credit found: its status, points, the pattern matched (if any) and the feedback lines.</summary>
public delegate PartGrade PartVerdictFactory(PartStatus status, Rational points, string? matched, string[] feedback);
