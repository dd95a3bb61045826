using System.Globalization;
using System.Numerics;

namespace DeepExam.Numbers;

/// <summary>
/// A scalar that is either exact (a <see cref="Rational"/>) or approximate (a double from a
/// transcendental function). Exactness is contagious the other way: anything combined with an
/// approximate number is approximate, so the grader knows to apply a tolerance.
/// </summary>
public readonly struct Number : IEquatable<Number>
{
    private readonly Rational _exact;
    private readonly double _approx;

    public bool IsExact { get; }

    private Number(Rational exact) { _exact = exact; _approx = 0; IsExact = true; }
    private Number(double approx) { _exact = default; _approx = approx; IsExact = false; }

    public static Number Exact(Rational value) => new(value);
    public static Number Approx(double value) => new(value);
    public static readonly Number Zero = new(Rational.Zero);
    public static readonly Number One = new(Rational.One);

    public static implicit operator Number(int value) => new(new Rational(value));
    public static implicit operator Number(Rational value) => new(value);

    /// <summary>The exact value; throws for an approximate number.</summary>
    public Rational ExactValue => IsExact ? _exact : throw new InvalidOperationException("number is approximate");

    public double ToDouble() => IsExact ? _exact.ToDouble() : _approx;

    /// <summary>False only for an approximate infinity or NaN, which evaluation never lets a builtin or an operator return.</summary>
    public bool IsFinite => IsExact || double.IsFinite(_approx);

    public bool IsInteger => IsExact && _exact.IsInteger;
    public int Sign => IsExact ? _exact.Sign : Math.Sign(_approx);

    public static Number operator +(Number a, Number b) => a.IsExact && b.IsExact ? new(a._exact + b._exact) : new(a.ToDouble() + b.ToDouble());
    public static Number operator -(Number a, Number b) => a.IsExact && b.IsExact ? new(a._exact - b._exact) : new(a.ToDouble() - b.ToDouble());
    public static Number operator *(Number a, Number b) => a.IsExact && b.IsExact ? new(a._exact * b._exact) : new(a.ToDouble() * b.ToDouble());
    public static Number operator /(Number a, Number b)
    {
        if (b.IsExact ? b._exact.Sign == 0 : b._approx == 0) throw new DivideByZeroException("division by zero");
        return a.IsExact && b.IsExact ? new(a._exact / b._exact) : new(a.ToDouble() / b.ToDouble());
    }
    public static Number operator -(Number a) => a.IsExact ? new(-a._exact) : new(-a._approx);

    /// <summary>The natural logarithm of a positive number, approximate; exact inputs beyond double's range keep their logarithm (<see cref="Rational.Log"/>).</summary>
    public double Log() => IsExact ? _exact.Log() : Math.Log(_approx);

    public Number Abs() => IsExact ? new(_exact.Abs()) : new(Math.Abs(_approx));

    public int CompareTo(Number other) =>
        IsExact && other.IsExact ? _exact.CompareTo(other._exact) : ToDouble().CompareTo(other.ToDouble());

    public static Number Max(Number a, Number b) => a.CompareTo(b) >= 0 ? a : b;
    public static Number Min(Number a, Number b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>Floor as an exact integer (approximate inputs are floored in double).</summary>
    public BigInteger Floor() => IsExact ? _exact.Floor() : new BigInteger(Math.Floor(_approx));
    public BigInteger Ceiling() => IsExact ? _exact.Ceiling() : new BigInteger(Math.Ceiling(_approx));

    /// <summary>Canonical text: "7", "-11/3" for exact numbers, round-trip "R" digits for approximate ones.</summary>
    public override string ToString() => IsExact ? _exact.ToString() : FormatDouble(_approx);

    public static string FormatDouble(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public bool Equals(Number other) => IsExact == other.IsExact && (IsExact ? _exact == other._exact : _approx.Equals(other._approx));
    public override bool Equals(object? obj) => obj is Number n && Equals(n);
    public override int GetHashCode() => IsExact ? _exact.GetHashCode() : _approx.GetHashCode();
    public static bool operator ==(Number left, Number right) => left.Equals(right);
    public static bool operator !=(Number left, Number right) => !left.Equals(right);
}
