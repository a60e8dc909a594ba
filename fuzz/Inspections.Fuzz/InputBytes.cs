using System;
using System.Text;

namespace Inspections.Fuzz;

/// <summary>Reads the fuzzer's bytes as small numbers and strings, giving zeros once they run out.</summary>
internal sealed class InputBytes(byte[] input)
{
    /// <summary>The most characters one string may have: large enough to pass the reader's 1 MiB limit in any encoding.</summary>
    public const int MaxTextLength = 3_000_000;

    private int _position;

    public int Next() => _position < input.Length ? input[_position++] : 0;

    /// <summary>
    /// A string: a length byte n, then n UTF-16 code units (two bytes each, so any code unit, lone surrogates included),
    /// then a byte k: the whole is repeated 2^(k mod 4) times, or for k of 224 or more 2^(k - 223) times, to at most
    /// <see cref="MaxTextLength"/> characters (most strings are short, so most runs are fast).
    /// </summary>
    public string Text()
    {
        int length = Next();
        var unit = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            unit.Append((char)((Next() << 8) | Next()));
        }

        int k = Next();
        long repeat = k < 224 ? 1 << (k % 4) : 1L << Math.Min(k - 223, 40);
        if (unit.Length == 0)
        {
            return string.Empty;
        }

        int times = (int)Math.Min(repeat, Math.Max(1, MaxTextLength / unit.Length));
        return new StringBuilder(unit.Length * times).Insert(0, unit.ToString(), times).ToString();
    }
}
