using System;

namespace Inspections.Core.Serialization;

/// <summary>Byte-span helpers that read the same on every target (netstandard2.0 has no <c>IndexOfAnyExcept</c>).</summary>
internal static class ByteSpans
{
    /// <summary>Whether every byte of a span is one of the given values (true for an empty span).</summary>
    /// <param name="span">The bytes to look at.</param>
    /// <param name="values">The allowed bytes.</param>
    /// <returns>True if no byte of <paramref name="span"/> is outside <paramref name="values"/>.</returns>
    public static bool ContainsOnly(ReadOnlySpan<byte> span, ReadOnlySpan<byte> values)
    {
        foreach (byte b in span)
        {
            if (values.IndexOf(b) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
