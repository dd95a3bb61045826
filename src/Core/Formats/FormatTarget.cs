using DeepExam.Exams;
using DeepExam.Output;

namespace DeepExam.Formats;

/// <summary>Where and for what a writer writes: the run's (staging) output folder, the exam, and the number of students.</summary>
public sealed record FormatTarget(OutputFolder Folder, ExamBlueprint Blueprint, int Students);
