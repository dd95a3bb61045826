using DeepExam.Values;

namespace DeepExam.Working;

/// <summary>Matrix products, entry by entry: row of the left factor times column of the right; a dot product as one such sum.</summary>
internal static class MatrixExplainers
{
    public static void Register(Dictionary<string, Func<CallExplanation, IEnumerable<WorkingStep>>> explainers)
    {
        explainers["matmul"] = Matmul;
        explainers["dot"] = Dot;
    }

    private static IEnumerable<WorkingStep> Dot(CallExplanation e)
    {
        var a = e.Arguments;
        var (u, v) = (a.Tensor("u"), a.Tensor("v"));
        // A sum of hundreds of products is no help on paper; the builtin's own definition says what it is.
        if (u.Count > CellSums.MaxCells) return [];
        var sums = new CellSums("dot", Tensor.Vector(e.Result.AsNumber("dot")));
        sums.Add(0, e.ResultSymbol($"{e.Symbol("u", "u")} \\cdot {e.Symbol("v", "v")}"), Enumerable.Range(0, u.Count).Select(i => new Product(u[i], v[i])));
        return sums.Steps("sums");
    }

    private static IEnumerable<WorkingStep> Matmul(CallExplanation e)
    {
        var a = e.Arguments;
        var (left, right) = (a.Tensor("a"), a.Tensor("b"));
        var result = e.Result.AsTensor("matmul");
        var sums = new CellSums("matmul", result);
        // Inside a larger expression the product has no name of its own; it is written as the product (W₁x)ᵢ.
        var symbol = e.ResultSymbol($"{e.Symbol("a", "A")} {e.Symbol("b", "B")}");
        var inner = left.Shape[^1];
        for (var flat = 0; flat < result.Count; flat++)
        {
            var index = CellSums.Unflatten(flat, result.Shape);
            // Matrix·matrix: (i, j); matrix·vector: (i); vector·matrix: (j).
            var (row, column) = (left.Rank, right.Rank) switch
            {
                (2, 2) => (index[0], index[1]),
                (2, 1) => (index[0], 0),
                _ => (0, index[0]),
            };
            var terms = Enumerable.Range(0, inner).Select(k => new Product(
                left.Rank == 2 ? left[row, k] : left[k],
                right.Rank == 2 ? right[k, column] : right[k]));
            sums.Add(flat, TexNames.Cell(symbol, index), terms);
        }
        return [new NoteStep($"Each entry is a row of ${e.Symbol("a", "A")}$ times a column of ${e.Symbol("b", "B")}$:"), .. sums.Steps("entries")];
    }
}
