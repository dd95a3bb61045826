using DeepExam.Evaluation;
using static System.FormattableString;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// A grouped convolution (torch's groups=g) splits its input channels and its filters into g groups in order,
/// and each filter sees only the c_in/g channels of its group; depthwise is groups = c_in. Both channel counts
/// must split evenly, as PyTorch requires.
/// </summary>
public static class ChannelGroups
{
    /// <summary>Throws, naming the count that does not split, unless both are multiples of <paramref name="groups"/>.</summary>
    public static void Check(int inChannels, int outChannels, int groups)
    {
        if (groups < 1) throw new EvaluationException(Invariant($"'groups' must be positive, got {groups}"));
        if (inChannels % groups != 0) throw new EvaluationException(Invariant($"'groups' ({groups}) must divide 'c_in' ({inChannels})"));
        if (outChannels % groups != 0) throw new EvaluationException(Invariant($"'groups' ({groups}) must divide 'c_out' ({outChannels})"));
    }
}
