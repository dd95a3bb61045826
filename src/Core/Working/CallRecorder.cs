using DeepExam.Builtins;
using DeepExam.Expressions.Evaluation;
using DeepExam.Expressions.Syntax;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>Keeps the calls of one evaluation, in the order they finished. Not shared between threads.</summary>
public sealed class CallRecorder : ICallObserver
{
    private readonly List<RecordedCall> _calls = [];

    public IReadOnlyList<RecordedCall> Calls => _calls;

    public void Called(CallExpr call, BuiltinArguments arguments, Value result) => _calls.Add(new RecordedCall(call, arguments, result));
}
