using DeepExam.Diagnostics;
using DeepExam.Expressions.Parsing;
using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions;

/// <summary>
/// Static checks of field reads on names known to hold records (<see cref="RecordShape"/>): the field exists, and a
/// list of records is indexed before a field is read. What cannot be known without values (a field of a builtin's
/// record, of a value picked by a condition of two different shapes) is left to evaluation, which names the fields too.
/// </summary>
public static class RecordFieldChecker
{
    public static List<ExpressionDiagnostic> Check(Expr root, IReadOnlyDictionary<string, RecordShape> shapes)
    {
        var diagnostics = new List<ExpressionDiagnostic>();
        if (shapes.Count > 0) Visit(root);
        return diagnostics;

        void Visit(Expr expr)
        {
            if (expr is MemberExpr member && ShapeOf(member.Target, shapes) is { } shape)
            {
                var at = new TextSpan(member.Span.End - member.Member.Length, member.Member.Length);
                var name = member.Target is Identifier id ? $"'{id.Name}'" : "this";
                if (shape.IsList)
                    diagnostics.Add(new(at, $"{name} is a list of records: pick one before reading '.{member.Member}', as in {(member.Target is Identifier list ? list.Name : "list")}[0].{member.Member}", DiagnosticCodes.FieldOfRecordList));
                else if (!shape.Fields.Contains(member.Member))
                    diagnostics.Add(new(at, $"{name} has no field '{member.Member}'{Suggestions.DidYouMean(member.Member, shape.Fields)}; its fields are {string.Join(", ", shape.Fields)}", DiagnosticCodes.UnknownField));
            }
            foreach (var child in Children(expr)) Visit(child);
        }
    }

    /// <summary>
    /// The shape of what an expression gives, when it is plainly a name that holds records, an item or a slice of
    /// a list of them, a choice between two of the same shape, or two lists of them joined; null otherwise.
    /// </summary>
    public static RecordShape? ShapeOf(Expr expr, IReadOnlyDictionary<string, RecordShape> shapes) => expr switch
    {
        Identifier id => shapes.GetValueOrDefault(id.Name),
        IndexExpr { Indices: [var index] } ix when ShapeOf(ix.Target, shapes) is { IsList: true } list => index is SliceExpr ? list : list.Item,
        ConditionalExpr c when ShapeOf(c.Then, shapes) is { } a && ShapeOf(c.Otherwise, shapes) is { } b && a.SameAs(b) => a,
        BinaryExpr { Operator: BinaryOperator.Concat } j when ShapeOf(j.Left, shapes) is { IsList: true } a && ShapeOf(j.Right, shapes) is { } b && a.SameAs(b) => a,
        _ => null,
    };

    private static IEnumerable<Expr> Children(Expr expr) => expr switch
    {
        UnaryExpr u => [u.Operand],
        BinaryExpr b => [b.Left, b.Right],
        ConditionalExpr c => [c.Condition, c.Then, c.Otherwise],
        ListExpr l => l.Items,
        IndexExpr ix => [ix.Target, .. ix.Indices],
        SliceExpr s => new[] { s.Start, s.Stop, s.Step }.OfType<Expr>(),
        MemberExpr m => [m.Target],
        CallExpr call => call.Arguments.Select(a => a.Value),
        _ => [],
    };
}
