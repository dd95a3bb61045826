using System.Buffers.Binary;
using System.Numerics;

namespace DeepExam.Sampling;

/// <summary>
/// xoshiro256** seeded from 32 bytes. Written out here rather than using System.Random because the
/// variants must be identical on every machine and every .NET version, forever: an answer key
/// generated today must regrade a submission next year.
/// </summary>
public sealed class DeterministicRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public DeterministicRandom(ReadOnlySpan<byte> seed)
    {
        if (seed.Length < 32) throw new ArgumentException("the seed needs 32 bytes", nameof(seed));
        _s0 = BinaryPrimitives.ReadUInt64LittleEndian(seed);
        _s1 = BinaryPrimitives.ReadUInt64LittleEndian(seed[8..]);
        _s2 = BinaryPrimitives.ReadUInt64LittleEndian(seed[16..]);
        _s3 = BinaryPrimitives.ReadUInt64LittleEndian(seed[24..]);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 0x9E3779B97F4A7C15UL; // the all-zero state is a fixed point
    }

    /// <summary>A generator in this one's state: it gives the numbers this one would give from here, leaving this one as it is.</summary>
    public DeterministicRandom Copy() => (DeterministicRandom)MemberwiseClone();

    public ulong NextULong()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, count) without modulo bias.</summary>
    public ulong Below(ulong count)
    {
        ArgumentOutOfRangeException.ThrowIfZero(count);
        var limit = ulong.MaxValue - ulong.MaxValue % count;
        ulong x;
        do x = NextULong(); while (x >= limit);
        return x % count;
    }

    /// <summary>Uniform in [0, count) for counts of any size.</summary>
    public BigInteger Below(BigInteger count)
    {
        if (count.Sign <= 0) throw new ArgumentOutOfRangeException(nameof(count));
        if (count <= ulong.MaxValue) return Below((ulong)count);
        var bytes = (int)((count.GetBitLength() + 7) / 8) + 8;
        var buffer = new byte[bytes + 1];
        while (true)
        {
            for (var i = 0; i < bytes; i += 8)
            {
                var chunk = NextULong();
                for (var j = 0; j < 8 && i + j < bytes; j++) buffer[i + j] = (byte)(chunk >> (8 * j));
            }
            buffer[bytes] = 0;
            var x = new BigInteger(buffer);
            var range = BigInteger.One << (bytes * 8);
            if (x < range - range % count) return x % count;
        }
    }

    public int Below(int count) => (int)Below((ulong)count);

    /// <summary>Fisher–Yates shuffle of 0..count-1.</summary>
    public int[] Permutation(int count)
    {
        var p = Enumerable.Range(0, count).ToArray();
        for (var i = count - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }
        return p;
    }
}
