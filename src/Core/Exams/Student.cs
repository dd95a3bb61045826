namespace DeepExam.Exams;

/// <summary>A roster entry. <see cref="FileName"/> is the id made safe to use as a file name.</summary>
public sealed record Student(string Id, string Name, string FileName);
