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

    /// <summary>True for a FIFO, socket or device; false for a regular file or folder; null when it cannot be told.</summary>
    public static bool? IsSpecial(string path)
    {
        int offset = !OperatingSystem.IsLinux() ? -1 : RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            _ => -1,
        };
        if (offset < 0)
        {
            return null;
        }

        byte[] name = new byte[Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        Encoding.UTF8.GetBytes(path, name);
        byte[] buffer = new byte[256];
        try
        {
            if (Stat(name, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        int type = BitConverter.ToInt32(buffer, offset) & FileTypeMask;
        return type is not (RegularFile or Directory);
    }

    // glibc 2.33 and later export stat itself (earlier versions only __xstat; then the answer is "unknown").
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, byte[] buffer);
}
