using DeepExam.Numbers;
using DeepExam.Values;

namespace DeepExam.Tests.Builtins.Tensors;

/// <summary>Small helpers for building tensors and comparing approximate results in tests.</summary>
public static class TensorAssert
{
    /// <summary>A tensor from its canonical text, e.g. "[[1, 2], [3, 1/2]]".</summary>
    public static Tensor T(string literal) => TensorBuiltins.Tensor(literal);

    /// <summary>The tensor with a single 1 at flat index <paramref name="flat"/>.</summary>
    public static Tensor Unit(IReadOnlyList<int> shape, int flat) =>
        Tensor.Create(shape, [.. Enumerable.Range(0, shape.Aggregate(1, (a, b) => a * b)).Select(i => i == flat ? Number.One : Number.Zero)]);

    public static Tensor Add(Tensor a, Tensor b) => a.Zip(b, (x, y) => x + y, "add");

    public static Tensor Scale(Tensor a, Number factor) => a.Map(x => x * factor);

    public static bool Close(Tensor a, Tensor b, double tolerance) =>
        a.SameShape(b) && a.Values.Zip(b.Values).All(p => Math.Abs(p.First.ToDouble() - p.Second.ToDouble()) <= tolerance);
}
