namespace DeepExam.Layout;

/// <summary>A face's vertical metrics as fractions of the em: multiply by the size for points.</summary>
public readonly record struct FontMetrics(double Ascent, double Descent);
