using DeepExam.Evaluation;

namespace DeepExam.Builtins.Shapes;

/// <summary>
/// Puts a name in front of errors from code that does not know who called it: OutputSize says "stride
/// must be positive", and the student needs to read "conv_out: stride must be positive".
/// </summary>
public static class ErrorContext
{
    public static T Within<T>(string context, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (EvaluationException e)
        {
            throw new EvaluationException($"{context}: {e.Message}");
        }
    }
}
