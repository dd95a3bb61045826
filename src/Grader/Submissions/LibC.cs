using System.Runtime.InteropServices;

namespace DeepExam.Grading.Submissions;

/// <summary>
/// The few libc calls <see cref="SubmissionFolder"/> reads the submissions folder with. .NET's file
/// APIs take names as strings, so they cannot open a name that is not UTF-8, and they follow links and
/// open FIFOs before anyone can ask what a name is; these calls take byte names relative to an open
/// folder and never follow a link. The flag values and the dirent layout are those of 64-bit Linux
/// (x86-64, arm64, riscv64, loongarch64); <see cref="Flags"/> is null anywhere else.
/// </summary>
internal static unsafe partial class LibC
{
    // .NET first tries libc.so (on glibc a linker script that dlopen refuses) and the like, then
    // loads libc.so.6 for "libc" itself (checked with LD_DEBUG=libs on Debian 12). Where no libc loads,
    // Flags is null and the portable walk reads the folder.
    private const string Library = "libc";

    public const int AtFdCwd = -100, AtEmptyPath = 0x1000, AtSymlinkNoFollow = 0x100;
    public const uint StatxType = 0x1, StatxMode = 0x2, StatxSize = 0x200, StatxMtime = 0x40;
    public const int EPERM = 1, ENOENT = 2, EINTR = 4, ENXIO = 6, EACCES = 13, ENODEV = 19, ENOTDIR = 20, EMLINK = 31, ENOSYS = 38, ELOOP = 40, EOPNOTSUPP = 95;

    /// <summary>File types as dirent's d_type gives them, which is also statx's mode shifted right by 12.</summary>
    public enum FileType : byte { Unknown = 0, Fifo = 1, CharacterDevice = 2, Directory = 4, BlockDevice = 6, Regular = 8, SymbolicLink = 10, Socket = 12 }

    /// <summary>The open flags that differ between architectures: arm64 numbers O_DIRECTORY and O_NOFOLLOW its own way.</summary>
    public sealed record OpenFlags(int Directory, int NoFollow)
    {
        public const int ReadOnly = 0, NoCtty = 0x100, NonBlock = 0x800, CloseOnExec = 0x80000;
    }

    /// <summary>statx(fd, "", AT_EMPTY_PATH) asks about the open file itself; "" must be a real NUL byte, not a null pointer. (Before <see cref="Flags"/>, whose check uses it.)</summary>
    public static byte* EmptyName { get; } = (byte*)NativeMemory.AllocZeroed(1);

    /// <summary>This architecture's open flags; null where these calls cannot be used (not 64-bit Linux, or no statx: a libc or kernel from before 2018).</summary>
    public static OpenFlags? Flags { get; } = !OperatingSystem.IsLinux() || !Environment.Is64BitProcess ? null : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.RiscV64 or Architecture.LoongArch64 when HasStatx() => new OpenFlags(Directory: 0x10000, NoFollow: 0x20000),
        Architecture.Arm64 when HasStatx() => new OpenFlags(Directory: 0x4000, NoFollow: 0x8000),
        _ => null,
    };

    private static bool HasStatx()
    {
        try
        {
            Statx status;
            return StatxAt(AtFdCwd, EmptyName, AtEmptyPath, StatxType, &status) == 0 || Marshal.GetLastPInvokeError() != ENOSYS;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>struct statx: one layout on every Linux architecture, unlike struct stat.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    public struct Statx
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(40)] public ulong Size;
        [FieldOffset(112)] public long MtimeSeconds;
        [FieldOffset(120)] public uint MtimeNanoseconds;

        public readonly FileType Type => (FileType)((Mode >> 12) & 0xF);

        public readonly long Length => Size > long.MaxValue ? long.MaxValue : (long)Size;

        public readonly DateTime LastWriteUtc
        {
            get
            {
                // A hostile timestamp (year 30000) must not throw; the matcher only compares them.
                var seconds = Math.Clamp(MtimeSeconds, -62_135_596_800L, 253_402_300_799L);
                return DateTime.UnixEpoch.AddTicks(seconds * TimeSpan.TicksPerSecond + MtimeNanoseconds / 100);
            }
        }
    }

    // struct dirent on 64-bit Linux (glibc and musl): d_ino u64, d_off i64, d_reclen u16, d_type u8, d_name char[256].
    private const int DirentType = 18, DirentName = 19;

    public static FileType EntryType(nint dirent) => (FileType)((byte*)dirent)[DirentType];

    /// <summary>The entry's name, up to its terminating NUL; valid until the next readdir on its folder.</summary>
    public static ReadOnlySpan<byte> EntryName(nint dirent) => MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)dirent + DirentName);

    public static string ErrorText(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    [LibraryImport(Library, EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);

    [LibraryImport(Library, EntryPoint = "openat", SetLastError = true)]
    public static partial int OpenAt(int folder, byte* name, int flags);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "fdopendir", SetLastError = true)]
    public static partial nint FdOpenDir(int fd);

    /// <summary>The next entry, or 0 at the end (error 0) or on an error.</summary>
    [LibraryImport(Library, EntryPoint = "readdir", SetLastError = true)]
    public static partial nint ReadDir(nint folder);

    [LibraryImport(Library, EntryPoint = "closedir", SetLastError = true)]
    public static partial int CloseDir(nint folder);

    [LibraryImport(Library, EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fd, byte* buffer, nint count);

    [LibraryImport(Library, EntryPoint = "readlinkat", SetLastError = true)]
    public static partial nint ReadLinkAt(int folder, byte* name, byte* buffer, nint size);

    [LibraryImport(Library, EntryPoint = "statx", SetLastError = true)]
    public static partial int StatxAt(int folder, byte* name, int flags, uint mask, Statx* result);
}
