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
    // The exact value, or an approximate one carried in a form no rational takes (Rational.CarryingDouble): one field
    // keeps a Number at 24 bytes instead of 40 (a Rational, a double and a flag), and tensors are arrays of Numbers.
    private readonly Rational _value;

    public bool IsExact => !_value.CarriesDouble;

    private double ApproxValue => _value.CarriedDouble;

    private Number(Rational exact) { _value = exact; }
    private Number(double approx) { _value = Rational.CarryingDouble(approx); }

    public static Number Exact(Rational value) => new(value);
    public static Number Approx(double value) => new(value);
    public static readonly Number Zero = new(Rational.Zero);
    public static readonly Number One = new(Rational.One);

    public static implicit operator Number(int value) => new(new Rational(value));
    public static implicit operator Number(Rational value) => new(value);

    /// <summary>The exact value; throws for an approximate number.</summary>
    public Rational ExactValue => IsExact ? _value : throw new InvalidOperationException("number is approximate");

    public double ToDouble() => IsExact ? _value.ToDouble() : ApproxValue;

    /// <summary>False only for an approximate infinity or NaN, which evaluation never lets a builtin or an operator return.</summary>
    public bool IsFinite => IsExact || double.IsFinite(ApproxValue);

    public bool IsInteger => IsExact && _value.IsInteger;
    public int Sign => IsExact ? _value.Sign : Math.Sign(ApproxValue);

    public static Number operator +(Number a, Number b) => a.IsExact && b.IsExact ? new(a._value + b._value) : new(a.ToDouble() + b.ToDouble());
    public static Number operator -(Number a, Number b) => a.IsExact && b.IsExact ? new(a._value - b._value) : new(a.ToDouble() - b.ToDouble());
    public static Number operator *(Number a, Number b) => a.IsExact && b.IsExact ? new(a._value * b._value) : new(a.ToDouble() * b.ToDouble());
    public static Number operator /(Number a, Number b)
    {
        if (b.IsExact ? b._value.Sign == 0 : b.ApproxValue == 0) throw new DivideByZeroException("division by zero");
        return a.IsExact && b.IsExact ? new(a._value / b._value) : new(a.ToDouble() / b.ToDouble());
    }
    public static Number operator -(Number a) => a.IsExact ? new(-a._value) : new(-a.ApproxValue);

    /// <summary>The natural logarithm of a positive number, approximate; exact inputs beyond double's range keep their logarithm (<see cref="Rational.Log"/>).</summary>
    public double Log() => IsExact ? _value.Log() : Math.Log(ApproxValue);

    public Number Abs() => IsExact ? new(_value.Abs()) : new(Math.Abs(ApproxValue));

    public int CompareTo(Number other) =>
        IsExact && other.IsExact ? _value.CompareTo(other._value) : ToDouble().CompareTo(other.ToDouble());

    public static Number Max(Number a, Number b) => a.CompareTo(b) >= 0 ? a : b;
    public static Number Min(Number a, Number b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>Floor as an exact integer (approximate inputs are floored in double).</summary>
    public BigInteger Floor() => IsExact ? _value.Floor() : new BigInteger(Math.Floor(ApproxValue));
    public BigInteger Ceiling() => IsExact ? _value.Ceiling() : new BigInteger(Math.Ceiling(ApproxValue));

    /// <summary>Canonical text: "7", "-11/3" for exact numbers, round-trip "R" digits for approximate ones.</summary>
    public override string ToString() => IsExact ? _value.ToString() : FormatDouble(ApproxValue);

    public static string FormatDouble(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public bool Equals(Number other) => IsExact == other.IsExact && (IsExact ? _value == other._value : ApproxValue.Equals(other.ApproxValue));
    public override bool Equals(object? obj) => obj is Number n && Equals(n);
    public override int GetHashCode() => IsExact ? _value.GetHashCode() : ApproxValue.GetHashCode();
    public static bool operator ==(Number left, Number right) => left.Equals(right);
    public static bool operator !=(Number left, Number right) => !left.Equals(right);
}
