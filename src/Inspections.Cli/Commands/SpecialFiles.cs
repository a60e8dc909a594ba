using System;
using System.Runtime.InteropServices;
using System.Text;

namespace Inspections.Cli.Commands;

/// <summary>
/// Tells a named pipe (FIFO) or a device from a regular file without opening it (opening a FIFO blocks until a writer
/// comes). Linux on x64 and Arm64 only (the layout of <c>struct stat</c> differs by platform); elsewhere the answer is
/// "unknown" and the command relies on its per-file patience alone.
/// </summary>
internal static class SpecialFiles
{
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int Directory = 0x4000;

    // Where st_size lies in struct stat: 48 on both x64 and Arm64 (generic) Linux.
    private const int SizeOffset = 48;

    /// <summary>True for a FIFO, socket or device; false for a regular file or folder; null when it cannot be told.</summary>
    public static bool? IsSpecial(string path)
    {
        if (!TryStat(path, out int type, out _))
        {
            return null;
        }

        return type is not (RegularFile or Directory);
    }

    /// <summary>
    /// Whether the path is an ordinary file: a regular file that has a size. Opening and reading one waits on no
    /// one, so it is read without a guard (and without a thread). A regular file of size 0 is not ordinary in this
    /// sense: the files of <c>/proc</c> say 0 and are made up as they are read (<c>/proc/kmsg</c> waits for the kernel
    /// to log). False when it cannot be told.
    /// </summary>
    public static bool IsOrdinary(string path) => TryStat(path, out int type, out long size) && type == RegularFile && size > 0;

    private static bool TryStat(string path, out int type, out long size)
    {
        type = 0;
        size = 0;
        int offset = !OperatingSystem.IsLinux() ? -1 : RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0)
        {
            return false;
        }

        // A name that holds bytes that are not UTF-8 is given to stat as those bytes (NativePaths).
        byte[]? name = NativePaths.Encode(path);
        if (name is null)
        {
            name = new byte[Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
            Encoding.UTF8.GetBytes(path, name);
        }

        byte[] buffer = new byte[256];
        try
        {
            if (Stat(name, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        type = BitConverter.ToInt32(buffer, offset) & FileTypeMask;
        size = BitConverter.ToInt64(buffer, SizeOffset);
        return true;
    }

    // glibc 2.33 and later export stat itself (earlier versions only __xstat; then the answer is "unknown").
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, byte[] buffer);
}
