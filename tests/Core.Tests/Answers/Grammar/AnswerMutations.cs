using System.Text;

namespace DeepExam.Tests.Answers.Grammar;

/// <summary>
/// Seeded near-misses of valid answers: one to three edits drawn from the grammar's alphabet (digits, signs,
/// Unicode minus and dash, points, commas, slashes, blanks of several kinds, exponents, brackets, separators,
/// letters) and from whole pieces of notation ("e-3", " × 10^3", "1,000", "[", "; "). Deterministic for a seed.
/// </summary>
internal sealed class AnswerMutations(int seed)
{
    private const string Alphabet = "0123456789012345+-\u2212\u2013.,,/_ \t\n\u00A0\u2009\u202F\u2003eE\u00D7x*\u00B7^()[];:abcdABCDtfynTFYN\u0130";

    private static readonly string[] Pieces =
    [
        "e-3", "E2", "e1001", " \u00D7 10^3", "x10^(-2)", "1,000", "1 000", "1_000", "/2", " / 3", "/0", "0.", ".5", "[", "]", "(", ")",
        ", ", "; ", "\n", "[1, 2]", "(a)", "B.", "yes", "false", "-", "--", "1e", "10^", "  ", ",,", "x", " x ", "\u2212",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string valid)
    {
        var text = new StringBuilder(valid);
        var edits = 1 + _random.Next(3);
        for (var i = 0; i < edits; i++)
        {
            var at = _random.Next(text.Length + 1);
            switch (_random.Next(6))
            {
                case 0: text.Insert(at, Alphabet[_random.Next(Alphabet.Length)]); break;
                case 1: if (at < text.Length) text.Remove(at, 1); break;
                case 2: if (at < text.Length) text[at] = Alphabet[_random.Next(Alphabet.Length)]; break;
                case 3:
                    if (at + 1 < text.Length) (text[at], text[at + 1]) = (text[at + 1], text[at]);
                    break;
                case 4: text.Insert(at, Pieces[_random.Next(Pieces.Length)]); break;
                default:
                    if (text.Length > 0)
                    {
                        var from = _random.Next(text.Length);
                        var length = 1 + _random.Next(Math.Min(6, text.Length - from));
                        text.Insert(at, text.ToString(from, length));
                    }
                    break;
            }
        }
        return text.ToString();
    }
}
