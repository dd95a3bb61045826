using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>
/// Gauss–Jordan elimination over the rationals: an exact answer or a reason why there is none, never
/// a rounded one. Exercise sizes are tiny, so any non-zero pivot will do.
/// </summary>
public static class ExactLinearSolve
{
    /// <summary>The outcome of reducing A x = b: its rank, whether it is consistent, and the unique solution if there is one.</summary>
    public sealed record Reduction(int Rank, int Unknowns, bool Consistent, Rational[,]? Solution)
    {
        public bool IsUnique => Consistent && Rank == Unknowns;
    }

    /// <summary>
    /// Solves A x = b for a square, non-singular <paramref name="a"/>; <paramref name="b"/> is a vector
    /// (giving a vector) or a matrix whose columns are right-hand sides (giving a matrix).
    /// </summary>
    public static Tensor Solve(Tensor a, Tensor b)
    {
        if (a.Rank != 2 || a.Shape[0] != a.Shape[1])
            throw new EvaluationException($"'A' must be a square matrix, got shape {Tensor.FormatShape(a.Shape)}");
        var n = a.Shape[0];
        if (b.Rank > 2 || b.Shape[0] != n)
            throw new EvaluationException(
                $"'b' must be a vector of length {n} or a matrix with {n} rows to match 'A' {Tensor.FormatShape(a.Shape)}, got shape {Tensor.FormatShape(b.Shape)}");
        var columns = b.Rank == 1 ? 1 : b.Shape[1];
        var reduction = Reduce(Exact(a, "'A'", n, n), Exact(b, "'b'", n, columns));
        if (!reduction.IsUnique)
            throw new EvaluationException($"'A' is singular (rank {reduction.Rank} of {n}), so A x = b has no unique solution");
        var x = reduction.Solution!;
        return Tensor.Create(b.Shape, [.. Enumerable.Range(0, n * columns).Select(i => Number.Exact(x[i / columns, i % columns]))]);
    }

    /// <summary>Reduces the system with coefficient matrix <paramref name="a"/> [m, n] and right-hand sides <paramref name="b"/> [m, k].</summary>
    public static Reduction Reduce(Rational[,] a, Rational[,] b)
    {
        var (m, n, k) = (a.GetLength(0), a.GetLength(1), b.GetLength(1));
        if (b.GetLength(0) != m) throw new ArgumentException("A and b need the same number of rows");
        var rows = new Rational[m][];
        for (var i = 0; i < m; i++)
            rows[i] = [.. Enumerable.Range(0, n).Select(j => a[i, j]), .. Enumerable.Range(0, k).Select(j => b[i, j])];

        var pivotColumns = new List<int>();
        for (var col = 0; col < n && pivotColumns.Count < m; col++)
        {
            var rank = pivotColumns.Count;
            var pivot = Enumerable.Range(rank, m - rank).FirstOrDefault(r => rows[r][col].Sign != 0, -1);
            if (pivot < 0) continue;
            (rows[rank], rows[pivot]) = (rows[pivot], rows[rank]);
            var scale = rows[rank][col];
            rows[rank] = [.. rows[rank].Select(v => v / scale)];
            for (var r = 0; r < m; r++)
            {
                var factor = rows[r][col];
                if (r == rank || factor.Sign == 0) continue;
                rows[r] = [.. rows[r].Select((v, j) => v - factor * rows[rank][j])];
            }
            pivotColumns.Add(col);
        }

        var found = pivotColumns.Count;
        // Below the pivots the coefficients are all zero, so a non-zero right-hand side there reads 0 = c.
        var consistent = Enumerable.Range(found, m - found).All(r => rows[r].Skip(n).All(v => v.Sign == 0));
        if (!consistent || found < n) return new Reduction(found, n, consistent, null);
        var solution = new Rational[n, k];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < k; j++)
                solution[pivotColumns[i], j] = rows[i][n + j];
        return new Reduction(found, n, true, solution);
    }

    private static Rational[,] Exact(Tensor t, string what, int rows, int columns)
    {
        if (!t.IsExact) throw new EvaluationException($"{what} must be exact: systems are solved over the rationals");
        var result = new Rational[rows, columns];
        for (var i = 0; i < rows * columns; i++) result[i / columns, i % columns] = t[i].ExactValue;
        return result;
    }
}
