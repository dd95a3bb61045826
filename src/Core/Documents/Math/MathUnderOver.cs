namespace DeepExam.Documents.Math;

/// <summary>\overset, \underset and \stackrel: a small node centred above or below a base.</summary>
public sealed record MathUnderOver(MathNode Base, MathNode? Over, MathNode? Under) : MathNode;
