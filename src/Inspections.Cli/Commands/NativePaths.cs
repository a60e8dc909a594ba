using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Inspections.Cli.Commands;

/// <summary>
/// File names that are not UTF-8 (Linux allows any bytes but '/' and NUL; .NET decodes them with U+FFFD, and then
/// cannot open them). Such a name is carried in a string with each byte that is not UTF-8 as a lone surrogate
/// U+DC80–U+DCFF (Python's "surrogateescape"), listed with <c>readdir</c> and opened with <c>open</c>, and printed
/// with the byte as <c>\xNN</c> (<see cref="Output.Printable"/>). Linux on x64 and Arm64 only; elsewhere nothing changes.
/// </summary>
internal static class NativePaths
{
    /// <summary>Whether this platform's names can be read raw (the layout of <c>struct dirent</c> is known).</summary>
    public static bool Supported => OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    /// <summary>Bytes as a name: UTF-8 where they are UTF-8, each other byte as U+DC00 + the byte.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out int used);
            if (status == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                used = 1;
                text.Append((char)(0xDC00 + bytes[0]));
            }

            bytes = bytes[used..];
        }

        return text.ToString();
    }

    /// <summary>The bytes of a name that holds escaped bytes (U+DC80–U+DCFF), NUL-terminated; null for a name .NET can use as it is.</summary>
    public static byte[]? Encode(string path)
    {
        if (!HasEscapedBytes(path))
        {
            return null;
        }

        var bytes = new List<byte>(path.Length + 1);
        Span<byte> buffer = stackalloc byte[4];
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            if (c is >= '\uDC80' and <= '\uDCFF' && (i == 0 || !char.IsHighSurrogate(path[i - 1])))
            {
                bytes.Add((byte)(c - 0xDC00));
            }
            else if (char.IsHighSurrogate(c) && i + 1 < path.Length && char.IsLowSurrogate(path[i + 1]))
            {
                int n = new System.Text.Rune(c, path[++i]).EncodeToUtf8(buffer);
                bytes.AddRange(buffer[..n].ToArray());
            }
            else
            {
                int n = new System.Text.Rune(char.IsSurrogate(c) ? '\uFFFD' : c).EncodeToUtf8(buffer);
                bytes.AddRange(buffer[..n].ToArray());
            }
        }

        bytes.Add(0);
        return [.. bytes];
    }

    /// <summary>Whether a name holds a byte that is not UTF-8 (a lone U+DC80–U+DCFF).</summary>
    public static bool HasEscapedBytes(string path)
    {
        for (int i = 0; i < path.Length; i++)
        {
            if (path[i] is >= '\uDC80' and <= '\uDCFF' && (i == 0 || !char.IsHighSurrogate(path[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names in a folder, raw (".", ".." left out), with whether each is a folder (d_type DT_DIR).</summary>
    /// <exception cref="IOException">The folder cannot be listed.</exception>
    public static List<(string Name, bool IsFolder)> List(string folder)
    {
        var entries = new List<(string, bool)>();
        IntPtr dir = OpenDir(NativeName(folder));
        if (dir == IntPtr.Zero)
        {
            throw new IOException($"it cannot be listed (error {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            for (IntPtr entry = ReadDir(dir); entry != IntPtr.Zero; entry = ReadDir(dir))
            {
                // struct dirent (glibc, 64-bit): d_ino 8, d_off 8, d_reclen 2, d_type 1, then d_name.
                byte type = Marshal.ReadByte(entry, 18);
                var name = new List<byte>();
                for (int i = 19; ; i++)
                {
                    byte b = Marshal.ReadByte(entry, i);
                    if (b == 0)
                    {
                        break;
                    }

                    name.Add(b);
                }

                string decoded = Decode([.. name]);
                if (decoded is not ("." or ".."))
                {
                    entries.Add((decoded, type == 4));
                }
            }
        }
        finally
        {
            _ = CloseDir(dir);
        }

        return entries;
    }

    /// <summary>Opens a file whose name holds bytes that are not UTF-8, for reading.</summary>
    /// <exception cref="IOException">It cannot be opened (FileNotFoundException when it does not exist).</exception>
    public static FileStream OpenRead(byte[] path, string shown)
    {
        const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY (0) | O_CLOEXEC
        int fd = Open(path, ReadOnlyCloseOnExec);
        if (fd < 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            throw errno == 2 ? new FileNotFoundException("no such file.", shown) : new IOException($"it cannot be opened (error {errno}).");
        }

        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, bufferSize: 0);
    }

    /// <summary>A name as the bytes a native call takes, NUL-terminated: its escaped bytes as themselves, the rest UTF-8.</summary>
    public static byte[] NativeName(string path)
    {
        byte[]? raw = Encode(path);
        if (raw is not null)
        {
            return raw;
        }

        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr OpenDir(byte[] path);

    [DllImport("libc", EntryPoint = "readdir")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr ReadDir(IntPtr dir);

    [DllImport("libc", EntryPoint = "closedir")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int CloseDir(IntPtr dir);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] path, int flags);
}
