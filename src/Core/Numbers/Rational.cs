using System.Globalization;
using System.Numerics;

namespace DeepExam.Numbers;

/// <summary>An exact rational number: numerator over a positive denominator, always in lowest terms.</summary>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }

    public static readonly Rational Zero = new(BigInteger.Zero);
    public static readonly Rational One = new(BigInteger.One);

    public Rational(BigInteger value)
    {
        Numerator = value;
        Denominator = BigInteger.One;
    }

    // Already in lowest terms with a positive denominator: no GCD to take.
    private Rational(BigInteger numerator, BigInteger denominator, bool normalized)
    {
        Numerator = numerator;
        Denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("division by zero");
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        Numerator = numerator;
        // default(Rational) has a zero denominator; every constructed value has a positive one.
        Denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    public bool IsInteger => Denominator.IsOne || Denominator.IsZero;
    public int Sign => Numerator.Sign;

    public static implicit operator Rational(int value) => new(value);
    public static implicit operator Rational(long value) => new(value);
    public static implicit operator Rational(BigInteger value) => new(value);

    private BigInteger Den => Denominator.IsZero ? BigInteger.One : Denominator;

    // Exercise arithmetic is almost all on small numbers. When every part fits in 30 bits the products
    // fit in a long, and the result is computed and reduced there; BigInteger takes over beyond that.
    private const int SmallBits = 30;

    private static bool Small(Rational a, Rational b, out long an, out long ad, out long bn, out long bd)
    {
        if (a.Numerator.GetBitLength() <= SmallBits && a.Den.GetBitLength() <= SmallBits
            && b.Numerator.GetBitLength() <= SmallBits && b.Den.GetBitLength() <= SmallBits)
        {
            (an, ad, bn, bd) = ((long)a.Numerator, (long)a.Den, (long)b.Numerator, (long)b.Den);
            return true;
        }
        (an, ad, bn, bd) = (0, 1, 0, 1);
        return false;
    }

    /// <summary>n/d in lowest terms, for d &gt; 0.</summary>
    private static Rational Reduced(long n, long d)
    {
        long x = Math.Abs(n), y = d;
        while (y != 0) (x, y) = (y, x % y);
        return x > 1 ? new(n / x, d / x, normalized: true) : new(n, d, normalized: true);
    }

    public static Rational operator +(Rational a, Rational b) =>
        Small(a, b, out var an, out var ad, out var bn, out var bd)
            ? Reduced(an * bd + bn * ad, ad * bd)
            : new(a.Numerator * b.Den + b.Numerator * a.Den, a.Den * b.Den);

    public static Rational operator -(Rational a, Rational b) =>
        Small(a, b, out var an, out var ad, out var bn, out var bd)
            ? Reduced(an * bd - bn * ad, ad * bd)
            : new(a.Numerator * b.Den - b.Numerator * a.Den, a.Den * b.Den);

    public static Rational operator *(Rational a, Rational b) =>
        Small(a, b, out var an, out var ad, out var bn, out var bd)
            ? Reduced(an * bn, ad * bd)
            : new(a.Numerator * b.Numerator, a.Den * b.Den);

    public static Rational operator /(Rational a, Rational b)
    {
        if (b.Numerator.IsZero) throw new DivideByZeroException("division by zero");
        if (Small(a, b, out var an, out var ad, out var bn, out var bd))
            return bn < 0 ? Reduced(-an * bd, -ad * bn) : Reduced(an * bd, ad * bn);
        return new(a.Numerator * b.Den, a.Den * b.Numerator);
    }
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Den);
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public Rational Abs() => Numerator.Sign < 0 ? -this : this;

    public BigInteger Floor() => BigInteger.Divide(Numerator - (Numerator.Sign < 0 ? Den - 1 : 0), Den);
    public BigInteger Ceiling() => -(-this).Floor();

    /// <summary>Integer power; a negative exponent inverts.</summary>
    public Rational Pow(int exponent)
    {
        if (exponent >= 0) return new(BigInteger.Pow(Numerator, exponent), BigInteger.Pow(Den, exponent));
        if (Numerator.IsZero) throw new DivideByZeroException("zero cannot be raised to a negative power");
        return new(BigInteger.Pow(Den, -exponent), BigInteger.Pow(Numerator, -exponent));
    }

    /// <summary>The exact square root when numerator and denominator are perfect squares.</summary>
    public bool TrySqrt(out Rational root)
    {
        root = Zero;
        if (Numerator.Sign < 0) return false;
        var n = IntegerSqrt(Numerator);
        var d = IntegerSqrt(Den);
        if (n * n != Numerator || d * d != Den) return false;
        root = new Rational(n, d);
        return true;
    }

    private static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n < 2) return n;
        var x = (BigInteger)Math.Sqrt((double)n);
        while (x * x > n) x--;
        while ((x + 1) * (x + 1) <= n) x++;
        return x;
    }

    public double ToDouble()
    {
        // Dividing doubles loses precision for huge numerators; scale first so the quotient is exact to ~17 digits.
        if (BigInteger.Abs(Numerator) < (BigInteger.One << 52) && Den < (BigInteger.One << 52))
            return (double)Numerator / (double)Den;
        var shift = (int)Math.Max(0, 64 - (long)(Numerator.GetBitLength() - Den.GetBitLength()));
        var scaled = BigInteger.Divide(Numerator << shift, Den);
        return Math.ScaleB((double)scaled, -shift);
    }

    /// <summary>Parses "12", "-3", "0.25", "1e-3", "11/3" exactly, in the invariant culture.</summary>
    public static bool TryParse(string text, out Rational value)
    {
        value = Zero;
        text = text.Trim();
        if (text.Length == 0) return false;
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!TryParse(text[..slash], out var num) || !TryParse(text[(slash + 1)..], out var den) || den.Sign == 0) return false;
            value = num / den;
            return true;
        }
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)) return false;
            if (Math.Abs(exponent) > 1000) return false;
            text = text[..e];
        }
        var negative = text.StartsWith('-');
        if (negative || text.StartsWith('+')) text = text[1..];
        var dot = text.IndexOf('.');
        var digits = dot >= 0 ? text.Remove(dot, 1) : text;
        var fraction = dot >= 0 ? text.Length - dot - 1 : 0;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return false;
        var mantissa = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var scale = exponent - fraction;
        value = scale >= 0 ? new Rational(mantissa * BigInteger.Pow(10, scale)) : new Rational(mantissa, BigInteger.Pow(10, -scale));
        if (negative) value = -value;
        return true;
    }

    public static Rational Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a number");

    /// <summary>True when the decimal expansion terminates (the denominator has only the factors 2 and 5).</summary>
    public bool HasTerminatingDecimal
    {
        get
        {
            var d = Den;
            while (d.IsEven) d /= 2;
            while ((d % 5).IsZero) d /= 5;
            return d.IsOne;
        }
    }

    /// <summary>The decimal expansion rounded half away from zero to <paramref name="digits"/> places, trailing zeros removed.</summary>
    public string ToDecimalString(int digits)
    {
        var scale = BigInteger.Pow(10, digits);
        var scaled = BigInteger.Abs(Numerator) * scale * 2 + Den;
        var rounded = BigInteger.Divide(scaled, 2 * Den);
        var sign = Numerator.Sign < 0 && !rounded.IsZero ? "-" : "";
        var whole = BigInteger.DivRem(rounded, scale, out var frac);
        var fracText = digits > 0 ? frac.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0') : "";
        return sign + whole.ToString(CultureInfo.InvariantCulture) + (fracText.Length > 0 ? "." + fracText : "");
    }

    /// <summary>"7", "-11/3".</summary>
    public override string ToString() =>
        IsInteger
            ? Numerator.ToString(CultureInfo.InvariantCulture)
            : Numerator.ToString(CultureInfo.InvariantCulture) + "/" + Den.ToString(CultureInfo.InvariantCulture);

    public bool Equals(Rational other) => Numerator == other.Numerator && Den == other.Den;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => HashCode.Combine(Numerator, Den);
    public int CompareTo(Rational other) =>
        Small(this, other, out var an, out var ad, out var bn, out var bd)
            ? (an * bd).CompareTo(bn * ad)
            : (Numerator * other.Den).CompareTo(other.Numerator * Den);
}
