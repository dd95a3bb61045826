using System.Collections.Immutable;
using DeepExam.Numbers;

namespace DeepExam.Working;

/// <summary>
/// Where one upstream gradient goes in a pooling backward pass: all of it to the window's maximum,
/// or an equal share to every cell of an average window.
/// </summary>
public sealed record RouteStep(string From, Number Gradient, ImmutableArray<string> To, Number Share, string Reason) : WorkingStep;
