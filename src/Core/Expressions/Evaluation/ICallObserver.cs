using DeepExam.Builtins;
using DeepExam.Expressions.Syntax;
using DeepExam.Values;

namespace DeepExam.Expressions.Evaluation;

/// <summary>
/// Sees every builtin call an evaluation makes, with its bound arguments and its result, in the
/// order the calls finish. Worked solutions are read off these calls, so they show what the solver
/// computed rather than a separate account of it.
/// </summary>
public interface ICallObserver
{
    void Called(CallExpr call, BuiltinArguments arguments, Value result);
}
