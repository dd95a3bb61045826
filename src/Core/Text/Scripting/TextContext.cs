using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DeepExam.Text.Scripting;

/// <summary>
/// How exercise text runs. Compared with the text language's defaults:
/// <list type="bullet">
/// <item>only our functions exist (<see cref="TextFunctions"/>): none of the language's own built-ins, so
/// nothing reads the clock, draws a random number or reaches a file (and no template loader is set,
/// so <c>include</c> fails);</item>
/// <item>an unknown name is an error, not empty text, so a typo cannot reach a student;</item>
/// <item>values show as the expression language writes them (5/2, [28, 28, 5]), in any culture;</item>
/// <item>a condition must be true or false: a number or a list is not quietly "true";</item>
/// <item>no .NET member of anything is reachable: records show their fields, nothing else has members;</item>
/// <item>loops, recursion and output are bounded.</item>
/// </list>
/// One context serves one thread; it is reset between texts.
/// </summary>
public sealed class TextContext : TemplateContext
{
    public const int MaxLoopIterations = 10_000;
    public const int MaxOutputCharacters = 1_000_000;

    private readonly BoundedOutput _output = new(MaxOutputCharacters);

    public TextContext(ScriptObject functions) : base(functions, StringComparer.Ordinal)
    {
        StrictVariables = true;
        LoopLimit = MaxLoopIterations;
        RecursiveLimit = 32;
        ObjectRecursionLimit = 32;
        LimitToString = MaxOutputCharacters;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableNullIndexer = false;
        EnableRelaxedIndexerAccess = false; // an index outside a list is an error, not empty text
        MemberFilter = _ => false;
        PushCulture(CultureInfo.InvariantCulture);
        PushOutput(_output);
    }

    /// <summary>Renders one text against one scope of names.</summary>
    public string Render(Template template, TextScope scope)
    {
        PushGlobal(scope);
        try
        {
            template.Render(this);
            return _output.ToString();
        }
        finally
        {
            _output.Clear();
            PopGlobal();
        }
    }

    public override string? ObjectToString(object? value, bool nested = false) => value switch
    {
        ScriptValue v => v.Value.ToString(),
        bool b => b ? "true" : "false",
        _ => base.ObjectToString(value, nested),
    };

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        bool b => b,
        ScriptValue v => throw new ScriptRuntimeException(span, $"a condition must be true or false, got {v.Value.Describe()} ({v.Value}); compare it, e.g. `x > 0` or `x == 1`"),
        null => throw new ScriptRuntimeException(span, "a condition must be true or false, got nothing"),
        string s => throw new ScriptRuntimeException(span, $"a condition must be true or false, got the text \"{s}\""),
        _ => base.ToBool(span, value),
    };

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) => target switch
    {
        ScriptRecord => RecordAccessor.Instance,
        ScriptValue => NoMembers.Instance,
        IScriptObject or string => base.GetMemberAccessorImpl(target),
        _ => NoMembers.Instance,
    };
}
