using System.Globalization;
using System.Numerics;

namespace DeepExam.Numbers;

/// <summary>An exact rational number: numerator over a positive denominator, always in lowest terms.</summary>
/// <remarks>
/// Nearly every number in an exercise is small, so a value whose numerator and denominator fit in a
/// long is kept in two longs, and only larger ones in BigIntegers. Every value that fits is kept in
/// the longs, so equal values always have the same form. Arithmetic on parts of at most 30 bits is
/// done in longs (the products cannot overflow) and BigInteger takes over beyond that.
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly long _n;
    // The denominator minus one, so that default(Rational) is 0/1.
    private readonly long _dm1;
    private readonly Big? _big;

    private sealed class Big(BigInteger numerator, BigInteger denominator)
    {
        public readonly BigInteger N = numerator, D = denominator;
    }

    public BigInteger Numerator => _big is null ? _n : _big.N;
    public BigInteger Denominator => _big is null ? D : _big.D;

    // The denominator of a value kept in longs.
    private long D => _dm1 + 1;

    public static readonly Rational Zero = new(0L, 1L, normalized: true);
    public static readonly Rational One = new(1L, 1L, normalized: true);

    public Rational(BigInteger value) : this(value, BigInteger.One, normalized: true) { }

    // Already in lowest terms with a positive denominator.
    private Rational(long numerator, long denominator, bool normalized)
    {
        _n = numerator;
        _dm1 = numerator == 0 ? 0 : denominator - 1;
        _big = null;
    }

    private Rational(BigInteger numerator, BigInteger denominator, bool normalized)
    {
        if (numerator.IsZero) denominator = BigInteger.One;
        if (FitsLong(numerator) && FitsLong(denominator))
        {
            _n = (long)numerator;
            _dm1 = (long)denominator - 1;
            _big = null;
        }
        else
        {
            _n = 0;
            _dm1 = 0;
            _big = new Big(numerator, denominator);
        }
    }

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("division by zero");
        // Parts that fit in a long (nearly every value: a sampled cell, a builtin's count) are reduced in longs, to the same form.
        if (FitsLong(numerator) && FitsLong(denominator))
        {
            long n = (long)numerator, d = (long)denominator;
            this = d < 0 ? Reduced(-n, -d) : Reduced(n, d);
            return;
        }
        if (denominator.Sign < 0) { numerator = -numerator; denominator = -denominator; }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero) { numerator /= gcd; denominator /= gcd; }
        this = new Rational(numerator, denominator, normalized: true);
    }

    // No rational has the denominator 0, so that form (the denominator minus one is -1) is free to carry a double's bits for
    // Number, which then needs no fields of its own besides a Rational (see Number). Nothing else ever makes or sees it.
    private enum CarrierForm { Double }

    private Rational(CarrierForm form, long bits)
    {
        _ = form;
        _n = bits;
        _dm1 = -1;
        _big = null;
    }

    /// <summary>A form no rational takes, holding <paramref name="value"/> bit for bit; only <see cref="Number"/> makes and reads it.</summary>
    internal static Rational CarryingDouble(double value) => new(CarrierForm.Double, BitConverter.DoubleToInt64Bits(value));

    /// <summary>True for the form made by <see cref="CarryingDouble"/>.</summary>
    internal bool CarriesDouble => _dm1 == -1 && _big is null;

    /// <summary>The double a <see cref="CarryingDouble"/> form holds.</summary>
    internal double CarriedDouble => BitConverter.Int64BitsToDouble(_n);

    // long.MinValue is left to BigInteger so that negating a small value never overflows.
    private static bool FitsLong(BigInteger value) => value >= -long.MaxValue && value <= long.MaxValue;

    public bool IsInteger => _big is null ? _dm1 == 0 : _big.D.IsOne;
    public int Sign => _big is null ? Math.Sign(_n) : _big.N.Sign;

    public static implicit operator Rational(int value) => new((long)value, 1L, normalized: true);
    public static implicit operator Rational(long value) => value == long.MinValue ? new((BigInteger)value) : new(value, 1L, normalized: true);
    public static implicit operator Rational(BigInteger value) => new(value);

    /// <summary>The value as an int when it is a whole number in int's range.</summary>
    public bool TryGetInt32(out int value)
    {
        var fits = _big is null && _dm1 == 0 && _n >= int.MinValue && _n <= int.MaxValue;
        value = fits ? (int)_n : 0;
        return fits;
    }

    // Both values' parts fit in 30 bits, so sums of products fit in a long.
    private static bool Small(Rational a, Rational b) =>
        a._big is null && b._big is null && Within30(a._n) && Within30(b._n) && a._dm1 < Limit30 && b._dm1 < Limit30;

    private const long Limit30 = 1L << 30;
    private static bool Within30(long x) => (ulong)(x + Limit30) <= 2 * Limit30;

    /// <summary>n/d in lowest terms, for d &gt; 0.</summary>
    private static Rational Reduced(long n, long d)
    {
        long x = Math.Abs(n), y = d;
        while (y != 0) (x, y) = (y, x % y);
        return x > 1 ? new(n / x, d / x, normalized: true) : new(n, d, normalized: true);
    }

    public static Rational operator +(Rational a, Rational b) =>
        Small(a, b)
            ? Reduced(a._n * b.D + b._n * a.D, a.D * b.D)
            : new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) =>
        Small(a, b)
            ? Reduced(a._n * b.D - b._n * a.D, a.D * b.D)
            : new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);

    public static Rational operator *(Rational a, Rational b) =>
        Small(a, b)
            ? Reduced(a._n * b._n, a.D * b.D)
            : new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b)
    {
        if (b.Sign == 0) throw new DivideByZeroException("division by zero");
        if (Small(a, b))
            return b._n < 0 ? Reduced(-a._n * b.D, -a.D * b._n) : Reduced(a._n * b.D, a.D * b._n);
        return new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    }

    public static Rational operator -(Rational a) => a._big is null ? new(-a._n, a.D, normalized: true) : new(-a._big.N, a._big.D, normalized: true);
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public Rational Abs() => Sign < 0 ? -this : this;

    public BigInteger Floor()
    {
        if (_big is not null) return BigInteger.Divide(_big.N - (_big.N.Sign < 0 ? _big.D - 1 : 0), _big.D);
        var q = _n / D;
        return _n % D < 0 ? q - 1 : q;
    }

    public BigInteger Ceiling() => -(-this).Floor();

    /// <summary>Integer power; a negative exponent inverts.</summary>
    public Rational Pow(int exponent)
    {
        if (exponent >= 0) return new(BigInteger.Pow(Numerator, exponent), BigInteger.Pow(Denominator, exponent));
        if (Sign == 0) throw new DivideByZeroException("zero cannot be raised to a negative power");
        return new(BigInteger.Pow(Denominator, -exponent), BigInteger.Pow(Numerator, -exponent));
    }

    /// <summary>The exact square root when numerator and denominator are perfect squares.</summary>
    public bool TrySqrt(out Rational root)
    {
        root = Zero;
        if (Sign < 0) return false;
        var n = IntegerSqrt(Numerator);
        var d = IntegerSqrt(Denominator);
        if (n * n != Numerator || d * d != Denominator) return false;
        root = new Rational(n, d);
        return true;
    }

    private static BigInteger IntegerSqrt(BigInteger n)
    {
        if (n < 2) return n;
        BigInteger x;
        if (n.GetBitLength() <= 52)
            x = (BigInteger)Math.Sqrt((double)n); // n is exact as a double, so the root is off by at most one
        else
        {
            // Newton's steps from a power of two above the root: a double would be infinite beyond 2^1024, and far
            // from the root well before, and stepping one by one from there would never end.
            x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
            for (var next = (x + n / x) / 2; next < x; next = (x + n / x) / 2) x = next;
        }
        while (x * x > n) x--;
        while ((x + 1) * (x + 1) <= n) x++;
        return x;
    }

    /// <summary>
    /// The natural logarithm of a positive rational, to double precision even where the rational itself lies beyond
    /// double's range (10^400 has the logarithm 921.03…): there the numerator and denominator are taken apart.
    /// </summary>
    public double Log()
    {
        if (Sign <= 0) throw new ArgumentOutOfRangeException(nameof(Rational), "the logarithm needs a positive number");
        var value = ToDouble();
        return double.IsNormal(value) ? Math.Log(value) : BigInteger.Log(Numerator) - BigInteger.Log(Denominator);
    }

    /// <summary>
    /// The square root of a non-negative rational as a double, also where the rational lies beyond double's range:
    /// there it is scaled by an even power of two first, whose root is exact.
    /// </summary>
    public double SqrtToDouble()
    {
        if (Sign < 0) throw new ArgumentOutOfRangeException(nameof(Rational), "the square root needs a number that is not negative");
        var value = ToDouble();
        if (value == 0 && Sign == 0 || double.IsNormal(value)) return Math.Sqrt(value);
        var half = (long)(Numerator.GetBitLength() - Denominator.GetBitLength()) / 2;
        var scaled = half >= 0 ? new Rational(Numerator, Denominator << (int)(2 * half)) : new Rational(Numerator << (int)(-2 * half), Denominator);
        return Math.ScaleB(Math.Sqrt(scaled.ToDouble()), (int)half);
    }

    public double ToDouble()
    {
        // Dividing doubles loses precision for huge numerators; scale first so the quotient is exact to ~17 digits.
        if (_big is null && Math.Abs(_n) < 1L << 52 && _dm1 < (1L << 52) - 1)
            return (double)_n / D;
        BigInteger numerator = Numerator, denominator = Denominator;
        var shift = (int)Math.Max(0, 64 - (long)(numerator.GetBitLength() - denominator.GetBitLength()));
        var scaled = BigInteger.Divide(numerator << shift, denominator);
        return Math.ScaleB((double)scaled, -shift);
    }

    /// <summary>Parses "12", "-3", "0.25", "1e-3", "11/3" exactly, in the invariant culture.</summary>
    public static bool TryParse(string text, out Rational value)
    {
        value = Zero;
        text = text.Trim();
        if (text.Length == 0) return false;
        if (TryParsePlainDecimal(text, out value)) return true;
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

    // "-12.5" with at most 18 digits, read in a long: most answers and parameters look like this.
    private static bool TryParsePlainDecimal(string text, out Rational value)
    {
        value = Zero;
        var at = text[0] is '-' or '+' ? 1 : 0;
        long mantissa = 0, scale = 1;
        int digits = 0, dot = -1;
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && dot < 0) { dot = i; continue; }
            if (!char.IsAsciiDigit(c) || ++digits > 18) return false;
            mantissa = mantissa * 10 + (c - '0');
            if (dot >= 0) scale *= 10;
        }
        if (digits == 0) return false;
        value = Reduced(text[0] == '-' ? -mantissa : mantissa, scale);
        return true;
    }

    public static Rational Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a number");

    /// <summary>True when the decimal expansion terminates (the denominator has only the factors 2 and 5).</summary>
    public bool HasTerminatingDecimal
    {
        get
        {
            var d = Denominator;
            while (d.IsEven) d /= 2;
            while ((d % 5).IsZero) d /= 5;
            return d.IsOne;
        }
    }

    /// <summary>The decimal expansion rounded half away from zero to <paramref name="digits"/> places, trailing zeros removed.</summary>
    public string ToDecimalString(int digits)
    {
        var scale = BigInteger.Pow(10, digits);
        var scaled = BigInteger.Abs(Numerator) * scale * 2 + Denominator;
        var rounded = BigInteger.Divide(scaled, 2 * Denominator);
        var sign = Sign < 0 && !rounded.IsZero ? "-" : "";
        var whole = BigInteger.DivRem(rounded, scale, out var frac);
        var fracText = digits > 0 ? frac.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0') : "";
        return sign + whole.ToString(CultureInfo.InvariantCulture) + (fracText.Length > 0 ? "." + fracText : "");
    }

    /// <summary>"7", "-11/3".</summary>
    public override string ToString() =>
        _big is null
            ? _dm1 == 0 ? _n.ToString(CultureInfo.InvariantCulture) : _n.ToString(CultureInfo.InvariantCulture) + "/" + D.ToString(CultureInfo.InvariantCulture)
            : _big.D.IsOne ? _big.N.ToString(CultureInfo.InvariantCulture) : _big.N.ToString(CultureInfo.InvariantCulture) + "/" + _big.D.ToString(CultureInfo.InvariantCulture);

    // Equal values have the same form (see the remarks), so comparing the forms is enough.
    public bool Equals(Rational other) =>
        _big is null ? other._big is null && _n == other._n && _dm1 == other._dm1 : other._big is not null && _big.N == other._big.N && _big.D == other._big.D;
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);
    public override int GetHashCode() => _big is null ? HashCode.Combine(_n, _dm1) : HashCode.Combine(_big.N, _big.D);
    public int CompareTo(Rational other) =>
        Small(this, other)
            ? (_n * other.D).CompareTo(other._n * D)
            : (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);
}
