using System.Collections.Immutable;
using System.Text;
using DeepExam.Evaluation;
using DeepExam.Numbers;

namespace DeepExam.Values;

/// <summary>
/// An immutable dense tensor of rank 1 to 4 holding <see cref="Number"/>s in row-major order.
/// A matrix is a rank-2 tensor with shape [rows, columns].
/// </summary>
public sealed class Tensor : IEquatable<Tensor>
{
    public const int MaxRank = 4;

    private readonly Number[] _data;

    public ImmutableArray<int> Shape { get; }
    public int Rank => Shape.Length;
    public int Count => _data.Length;
    public bool IsExact { get; }

    /// <summary>False when a cell is an approximate infinity or NaN (see <see cref="Number.IsFinite"/>).</summary>
    public bool IsFinite { get; }

    /// <summary>The most cells a tensor may have: far beyond an exam's, and a guard against a typo of a size.</summary>
    public const int MaxCells = 10_000_000;

    private Tensor(ImmutableArray<int> shape, Number[] data)
    {
        Shape = shape;
        _data = data;
        IsExact = Array.TrueForAll(data, n => n.IsExact);
        IsFinite = IsExact || Array.TrueForAll(data, n => n.IsFinite);
    }

    public static Tensor Create(IReadOnlyList<int> shape, Number[] data)
    {
        var count = CheckShape(shape);
        if (count != data.Length) throw new EvaluationException($"shape {FormatShape(shape)} needs {count} values, got {data.Length}");
        // Most tensors are made in another's shape (an elementwise result, a gradient): that immutable shape is shared, not copied.
        return new Tensor(shape is ImmutableArray<int> same ? same : [.. shape], data);
    }

    /// <summary>The number of cells of a valid shape; an error for a rank, a size or a count a tensor cannot have.</summary>
    internal static int CheckShape(IReadOnlyList<int> shape)
    {
        if (shape.Count is < 1 or > MaxRank) throw new EvaluationException($"tensors have rank 1 to {MaxRank}, not {shape.Count}");
        long count = 1;
        // Indexed, not foreach: enumerating an IReadOnlyList boxes its enumerator, once per tensor made.
        for (var axis = 0; axis < shape.Count; axis++)
        {
            var d = shape[axis];
            if (d < 1) throw new EvaluationException($"tensor dimensions must be at least 1, got shape {FormatShape(shape)}");
            count *= d;
            if (count > MaxCells) throw new EvaluationException($"tensor of shape {FormatShape(shape)} is too large");
        }
        return (int)count;
    }

    /// <summary>Builds a tensor by calling <paramref name="cell"/> for each multi-index in row-major order.</summary>
    public static Tensor Build(IReadOnlyList<int> shape, Func<int[], Number> cell)
    {
        // Checked before the cells are made: a shape of 100000 × 100000 is an error, not an allocation.
        var count = CheckShape(shape);
        var data = new Number[count];
        var index = new int[shape.Count];
        for (var flat = 0; flat < count; flat++)
        {
            data[flat] = cell(index);
            for (var axis = shape.Count - 1; axis >= 0; axis--)
            {
                if (++index[axis] < shape[axis]) break;
                index[axis] = 0;
            }
        }
        return Create(shape, data);
    }

    public static Tensor Zeros(IReadOnlyList<int> shape) => Build(shape, _ => Number.Zero);

    public static Tensor Matrix(Number[,] cells) =>
        Build([cells.GetLength(0), cells.GetLength(1)], i => cells[i[0], i[1]]);

    public static Tensor Vector(params Number[] cells) => Create([cells.Length], (Number[])cells.Clone());

    public Number this[int flat] => _data[flat];

    public Number this[params int[] index] => _data[FlatIndex(index)];

    public int FlatIndex(IReadOnlyList<int> index)
    {
        if (index.Count != Rank) throw new EvaluationException($"a rank-{Rank} tensor needs {Rank} indices, got {index.Count}");
        var flat = 0;
        for (var axis = 0; axis < Rank; axis++)
        {
            var i = index[axis];
            if (i < 0 || i >= Shape[axis]) throw new EvaluationException($"index {i} is out of range for axis {axis} of size {Shape[axis]}");
            flat = flat * Shape[axis] + i;
        }
        return flat;
    }

    /// <summary>A copy of the values in row-major order.</summary>
    public Number[] ToArray() => (Number[])_data.Clone();

    public IEnumerable<Number> Values => _data;

    public Tensor Map(Func<Number, Number> f)
    {
        var data = new Number[_data.Length];
        for (var i = 0; i < data.Length; i++) data[i] = f(_data[i]);
        return new Tensor(Shape, data);
    }

    public Tensor Zip(Tensor other, Func<Number, Number, Number> f, string operation)
    {
        if (!SameShape(other))
            throw new EvaluationException($"{operation} needs tensors of the same shape, got {FormatShape(Shape)} and {FormatShape(other.Shape)}");
        var data = new Number[_data.Length];
        for (var i = 0; i < data.Length; i++) data[i] = f(_data[i], other._data[i]);
        return new Tensor(Shape, data);
    }

    public Tensor Reshape(IReadOnlyList<int> shape) => Create(shape, (Number[])_data.Clone());

    public bool SameShape(Tensor other) => Shape.SequenceEqual(other.Shape);

    public static string FormatShape(IEnumerable<int> shape) => "[" + string.Join(", ", shape) + "]";

    /// <summary>Nested-list text, e.g. "[[1, 2], [3, 1/2]]".</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var flat = 0;
        Append(0);
        return sb.ToString();

        void Append(int axis)
        {
            sb.Append('[');
            for (var i = 0; i < Shape[axis]; i++)
            {
                if (i > 0) sb.Append(", ");
                if (axis == Rank - 1) sb.Append(_data[flat++].ToString());
                else Append(axis + 1);
            }
            sb.Append(']');
        }
    }

    public bool Equals(Tensor? other) =>
        other is not null && SameShape(other) && _data.AsSpan().SequenceEqual(other._data);
    public override bool Equals(object? obj) => obj is Tensor t && Equals(t);
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var d in Shape) hash.Add(d);
        foreach (var n in _data) hash.Add(n);
        return hash.ToHashCode();
    }
}
