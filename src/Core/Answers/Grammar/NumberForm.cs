namespace DeepExam.Answers.Grammar;

/// <summary>
/// One way of writing a number, as a regular expression over the whole (normalised) text in the syntax
/// .NET and JavaScript share. Its named groups say what the number is: <c>m</c> the mantissa, a decimal
/// with an optional sign; <c>e</c> a power of ten it is multiplied by; <c>dm</c> and <c>de</c> the same
/// for a denominator.
/// </summary>
/// <param name="Name">What the form is, for the documentation ("grouped by commas").</param>
/// <param name="Removed">Characters deleted from the text before it is matched (digit-grouping underscores).</param>
/// <param name="Ignored">Characters the match may hold that carry no value (the grouping commas).</param>
/// <param name="Pattern">The expression, unanchored; readers anchor it at both ends.</param>
public sealed record NumberForm(string Name, string Removed, string Ignored, string Pattern);
