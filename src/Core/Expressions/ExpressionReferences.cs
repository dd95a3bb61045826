using DeepExam.Expressions.Syntax;

namespace DeepExam.Expressions;

/// <summary>The names an expression reads (not the functions it calls).</summary>
public static class ExpressionReferences
{
    public static IEnumerable<string> Of(Expr expr) => expr switch
    {
        Identifier id => [id.Name],
        UnaryExpr u => Of(u.Operand),
        BinaryExpr b => Of(b.Left).Concat(Of(b.Right)),
        ConditionalExpr c => Of(c.Condition).Concat(Of(c.Then)).Concat(Of(c.Otherwise)),
        ListExpr l => l.Items.SelectMany(Of),
        IndexExpr ix => Of(ix.Target).Concat(ix.Indices.SelectMany(Of)),
        SliceExpr s => new[] { s.Start, s.Stop, s.Step }.SelectMany(part => part is null ? [] : Of(part)),
        MemberExpr m => Of(m.Target),
        CallExpr call => call.Arguments.SelectMany(a => Of(a.Value)),
        _ => [],
    };
}
