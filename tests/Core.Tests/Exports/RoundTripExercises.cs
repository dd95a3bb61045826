using System.Globalization;
using System.Text.RegularExpressions;
using DeepExam.Builtins;
using DeepExam.Exams;

namespace DeepExam.Tests.Exports;

/// <summary>
/// What the Moodle and QTI round trips both run: the bundled library, one-part exercises over two parameters (m, n) for
/// each answer form, and the reading of the decimal places a question asks for.
/// </summary>
internal static partial class RoundTripExercises
{
    public static readonly ExerciseLibrary Library = ExerciseLibrary.Open(Path.Combine(TestPaths.Repository, "exercises"), null, BuiltinRegistry.Default);

    public static IEnumerable<string> BundledIds() => Library.Ids.Order(StringComparer.Ordinal);

    public static readonly string Integer = Exercise("integer", "kind: integer\n    answer: m * n\n    mistakes:\n      - answer: m + n\n        feedback: You added.\n      - answer: m * n + 1\n        feedback: Off by one.\n");
    public static readonly string Fraction = Exercise("fraction", "kind: exact\n    answer: m / (n + 1)\n    mistakes:\n      - answer: m / n\n        feedback: The denominator is n + 1.\n      - answer: (m + 1) / (n + 1)\n        feedback: The numerator is m.\n");
    public static readonly string Digits = Exercise("digits", "kind: exact\n    digits: 3\n    answer: m / 7\n    mistakes:\n      - answer: m / 6\n        feedback: Divide by 7.\n");
    public static readonly string Approx = Exercise("approx", "kind: approx\n    tolerance: { relative: 0.01 }\n    answer: exp(m / 10)\n    mistakes:\n      - answer: exp(-m / 10)\n        feedback: Mind the sign.\n      - answer: exp(m / 10) * 1.001\n        feedback: Inside the tolerance, so never reached.\n");
    public static readonly string Choice = Exercise("choice", "kind: choice\n    shuffle: true\n    options:\n      - text: \"$m$ is odd\"\n        correct: m % 2 == 1\n      - text: \"$m$ is even\"\n        correct: m % 2 == 0\n      - text: \"neither\"\n        correct: \"false\"\n    mistakes:\n      - answer: \"'C'\"\n        feedback: Every integer is odd or even.\n");
    public static readonly string Bool = Exercise("bool", "kind: bool\n    answer: m > n\n    mistakes:\n      - answer: not (m > n)\n        feedback: Compare again.\n");
    public static readonly string Matrix = Exercise("matrix", "kind: matrix\n    answer: \"[[m, n], [n, m / 4]]\"\n    mistakes:\n      - answer: \"[[m, n], [n, m]]\"\n        feedback: Divide the last entry by 4.\n      - answer: \"[[n, m], [m, n]]\"\n        feedback: Swapped.\n");

    /// <summary>A one-part exercise with the parameters m in 3..40 and n in 2..9, worth 2 points; <paramref name="part"/> is the part's kind and what follows.</summary>
    public static string Exercise(string id, string part) =>
        $"schema: 2\nid: {id}\ntitle: {id}\nparameters:\n  m: {{ int: [3, 40] }}\n  n: {{ int: [2, 9] }}\nparts:\n  - id: a\n    prompt: Compute it.\n    points: 2\n    {part}";

    /// <summary>Test cases named by each exercise's id.</summary>
    public static IEnumerable<TestCaseData> Cases(IEnumerable<string> yamls) =>
        yamls.Select(yaml => new TestCaseData(yaml).SetArgDisplayNames(IdPattern().Match(yaml).Groups[1].Value));

    /// <summary>The decimal places a question's text asks for ("as a decimal with 3 decimal places"), or null.</summary>
    public static int? Places(string text) =>
        PlacesPattern().Match(text) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"as a decimal with (\d+) decimal place")]
    private static partial Regex PlacesPattern();

    [GeneratedRegex("^id: (.*)$", RegexOptions.Multiline)]
    private static partial Regex IdPattern();
}
