using DeepExam.Evaluation;
using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Builtins.Tensors;

/// <summary>Matrix and vector products, exact for exact inputs.</summary>
public static class LinearAlgebra
{
    /// <summary>
    /// Matrix·matrix, matrix·vector (a column, giving a vector) or vector·matrix (a row, giving a vector).
    /// </summary>
    public static Tensor Matmul(Tensor a, Tensor b)
    {
        var (rows, inner) = a.Rank switch
        {
            2 => (a.Shape[0], a.Shape[1]),
            1 => (1, a.Shape[0]),
            _ => throw new EvaluationException($"matmul takes matrices and vectors, got 'a' of shape {Tensor.FormatShape(a.Shape)}"),
        };
        var (innerB, columns) = b.Rank switch
        {
            2 => (b.Shape[0], b.Shape[1]),
            1 => (b.Shape[0], 1),
            _ => throw new EvaluationException($"matmul takes matrices and vectors, got 'b' of shape {Tensor.FormatShape(b.Shape)}"),
        };
        if (a.Rank == 1 && b.Rank == 1)
            throw new EvaluationException("matmul of two vectors is ambiguous: use dot for the inner product or outer for the outer product");
        if (inner != innerB)
            throw new EvaluationException(
                $"cannot multiply {Tensor.FormatShape(a.Shape)} by {Tensor.FormatShape(b.Shape)}: 'a' has {inner} columns but 'b' has {innerB} rows");
        var data = new Number[rows * columns];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
            {
                var sum = Number.Zero;
                for (var k = 0; k < inner; k++) sum += a[i * inner + k] * b[k * columns + j];
                data[i * columns + j] = sum;
            }
        int[] shape = (a.Rank, b.Rank) switch
        {
            (2, 2) => [rows, columns],
            (2, 1) => [rows],
            _ => [columns],
        };
        return Tensor.Create(shape, data);
    }

    public static Tensor Transpose(Tensor a)
    {
        if (a.Rank != 2) throw new EvaluationException($"transpose takes a matrix, got shape {Tensor.FormatShape(a.Shape)}");
        return Tensor.Build([a.Shape[1], a.Shape[0]], i => a[i[1], i[0]]);
    }

    /// <summary>Σ u_i v_i over two tensors of the same shape (for matrices, the Frobenius inner product).</summary>
    public static Number Dot(Tensor u, Tensor v)
    {
        if (!u.SameShape(v))
            throw new EvaluationException($"dot needs operands of the same shape, got {Tensor.FormatShape(u.Shape)} and {Tensor.FormatShape(v.Shape)}");
        var sum = Number.Zero;
        for (var i = 0; i < u.Count; i++) sum += u[i] * v[i];
        return sum;
    }

    /// <summary>The matrix u vᵀ.</summary>
    public static Tensor Outer(Tensor u, Tensor v)
    {
        if (u.Rank != 1 || v.Rank != 1)
            throw new EvaluationException($"outer takes two vectors, got shapes {Tensor.FormatShape(u.Shape)} and {Tensor.FormatShape(v.Shape)}");
        return Tensor.Build([u.Count, v.Count], i => u[i[0]] * v[i[1]]);
    }

    /// <summary>
    /// The determinant by Gaussian elimination: exact for exact matrices. The largest pivot is chosen,
    /// which any non-zero pivot would match exactly and which keeps approximate inputs stable.
    /// </summary>
    public static Number Determinant(Tensor a)
    {
        if (a.Rank != 2 || a.Shape[0] != a.Shape[1])
            throw new EvaluationException($"the determinant needs a square matrix, got shape {Tensor.FormatShape(a.Shape)}");
        var n = a.Shape[0];
        var rows = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => a[i * n + j]).ToArray()).ToArray();
        var det = Number.One;
        for (var col = 0; col < n; col++)
        {
            var pivot = Enumerable.Range(col, n - col).MaxBy(r => rows[r][col].Abs().ToDouble());
            // A zero column below the diagonal makes the matrix singular; the zero keeps its exactness.
            if (rows[pivot][col].Sign == 0) return det * rows[pivot][col];
            if (pivot != col)
            {
                (rows[pivot], rows[col]) = (rows[col], rows[pivot]);
                det = -det;
            }
            det *= rows[col][col];
            for (var r = col + 1; r < n; r++)
            {
                var factor = rows[r][col] / rows[col][col];
                for (var j = col; j < n; j++) rows[r][j] -= factor * rows[col][j];
            }
        }
        return det;
    }

    public static Tensor Identity(int n)
    {
        if (n < 1) throw new EvaluationException($"identity needs a positive size, got {n}");
        return Tensor.Build([n, n], i => i[0] == i[1] ? Number.One : Number.Zero);
    }
}
