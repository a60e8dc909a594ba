using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core.Scales;

namespace Inspections.Core.Serialization;

/// <summary>
/// The ids of the built-in catalog (frameworks, visit types, judgements, grades, timescales) by their UTF-8 bytes, so
/// that the reader gives a known id as the catalog's own string instead of decoding a new one: nothing to allocate,
/// and validation's comparisons with the catalog's ids find the same string at once. An id the catalog does not
/// know (or one written with escapes) is decoded as before; either way the value is the same text.
/// </summary>
/// <remarks>Built once, on first use, from <see cref="FrameworkCatalog.Default"/>; read-only after, so thread-safe.</remarks>
internal static class KnownIds
{
    private const int BucketCount = 512;

    // Each bucket holds the ids whose bytes hash to it; most hold none or one.
    private static readonly (byte[] Utf8, string Id)[]?[] s_buckets = Build();

    /// <summary>The catalog's own string for the string or property name the reader is on, or null when it is not a known id.</summary>
    /// <param name="reader">The reader, on a string or a property name.</param>
    /// <returns>The id, or null.</returns>
    public static string? Find(ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence ? null : Find(reader.ValueSpan);

    /// <summary>The catalog's own string for these bytes, or null when they are not a known id.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <returns>The id, or null.</returns>
    public static string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length == 0 || s_buckets[Hash(utf8)] is not { } bucket)
        {
            return null;
        }

        foreach (var (bytes, id) in bucket)
        {
            if (utf8.SequenceEqual(bytes))
            {
                return id;
            }
        }

        return null;
    }

    private static int Hash(ReadOnlySpan<byte> utf8) =>
        ((utf8.Length * 31) + (utf8[0] * 7) + (utf8[utf8.Length - 1] * 13) + (utf8[utf8.Length / 2] * 17) + utf8[utf8.Length * 3 / 4]) & (BucketCount - 1);

    private static (byte[] Utf8, string Id)[]?[] Build()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>();
        void Add(string id)
        {
            if (id.Length > 0 && ids.Add(id))
            {
                ordered.Add(id);
            }
        }

        foreach (var framework in FrameworkCatalog.Default.All)
        {
            Add(framework.Id);
            foreach (var visit in framework.VisitTypes)
            {
                Add(visit.Id);
            }

            foreach (var judgement in framework.Judgements)
            {
                Add(judgement.Id);
            }

            foreach (var grade in framework.Scale.Grades)
            {
                Add(grade.Id);
            }

            foreach (var timescale in framework.Timescales)
            {
                Add(timescale.Id);
            }
        }

        foreach (var scale in GradingScales.All)
        {
            foreach (var grade in scale.Grades)
            {
                Add(grade.Id);
            }
        }

        foreach (var timescale in Timescales.All)
        {
            Add(timescale.Id);
        }

        var lists = new List<(byte[], string)>?[BucketCount];
        foreach (string id in ordered)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(id);
            (lists[Hash(utf8)] ??= new()).Add((utf8, id));
        }

        var buckets = new (byte[] Utf8, string Id)[]?[BucketCount];
        for (int i = 0; i < BucketCount; i++)
        {
            buckets[i] = lists[i]?.ToArray();
        }

        return buckets;
    }
}
