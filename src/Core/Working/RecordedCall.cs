using DeepExam.Builtins;
using DeepExam.Expressions.Syntax;
using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>A builtin call the solver made: as written, with its bound arguments and its result.</summary>
public sealed record RecordedCall(CallExpr Call, BuiltinArguments Arguments, Value Result);
