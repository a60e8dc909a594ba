using System;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// What kind of file a path names, by one <c>stat</c>: <see cref="FileKind.Ordinary"/> for a regular file that
    /// has a size, <see cref="FileKind.Special"/> for a FIFO, socket or device, <see cref="FileKind.Unknown"/> for
    /// anything else (a folder, a regular file of size 0, or a path that cannot be told). A regular file of size 0 is
    /// not ordinary: the files of <c>/proc</c> say 0 and are made up as they are read (<c>/proc/kmsg</c> waits for the
    /// kernel to log).
    /// </summary>
    public static FileKind Kind(string path)
    {
        if (!TryStat(path, out int type, out long size))
        {
            return FileKind.Unknown;
        }

        return type switch
        {
            RegularFile => size > 0 ? FileKind.Ordinary : FileKind.Unknown,
            Directory => FileKind.Unknown,
            _ => FileKind.Special,
        };
    }

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

        byte[] name = NativePaths.NativeName(path);
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

/// <summary>What <see cref="SpecialFiles.Kind"/> tells of a path: how the command must guard opening and reading it.</summary>
internal enum FileKind
{
    /// <summary>It cannot be told, or it may wait (a folder, a regular file of size 0): opened and read with the patience.</summary>
    Unknown,

    /// <summary>A regular file with a size: it waits on no one, and is opened and read directly.</summary>
    Ordinary,

    /// <summary>A FIFO, socket or device: opened and read with the patience, and not opened once the run's budget is spent.</summary>
    Special,
}
