using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Inspections.Fuzz;

/// <summary>Damages inputs the ways files get damaged and the ways attackers damage them.</summary>
internal sealed class Mutator(Random random, IReadOnlyList<byte[]> seeds)
{
    // Tokens that matter to the format: its punctuation, names, ids, dates and numbers at the edges.
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\u0000", "null", "true", "false", "0", "-1", "1e999",
            "18446744073709551616", "0.5", "381", "\"schema\"", "\"framework\"", "\"visit\"", "\"subject\"", "\"fieldwork\"",
            "\"published\"", "\"judgements\"", "\"recommendations\"", "\"source\"", "\"notes\"", "\"kind\"", "\"name\"", "\"gss\"",
            "\"la\"", "\"start\"", "\"end\"", "\"text\"", "\"timescale\"", "\"inspections/v1\"", "\"sif-2013\"", "\"ilacs-2018\"",
            "\"ilacs-2026\"", "\"cafcass-2009\"", "\"full-inspection\"", "\"focused-visit\"", "\"good\"", "\"requires-improvement\"",
            "\"overall-effectiveness\"", "\"2015-02-30\"", "\"2016-02-29\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"20/03/2015\"",
            "\"E08000033\"", "\"https://files.ofsted.gov.uk/v1/file/1\"", "\"within-six-months\"", "\r\n", "\n", "\t", " ",
            "\uFEFF", "é", "\u2028", "😀", ",,,", "\"\"", "standard", "short", "to requires improvement", "data_unreadable",
            "inspection_pre_dates_judgement", "not_reported_post_reform", "01/04/2026", "31/12/2022", "29/02/23", "validate",
            "compare", "import", "ilacs-csv", "--format", "json", "--lookup", "--at", "describe", "frameworks", "schema", "%1",
            "%2", "%3", "%d", "--help", "--version",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x00],
    ];

    public byte[] Mutate(byte[] input)
    {
        var bytes = new List<byte>(input);
        int count = 1 + random.Next(random.Next(2) == 0 ? 2 : 8);
        for (int i = 0; i < count; i++)
        {
            MutateOnce(bytes);
        }

        return bytes.ToArray();
    }

    private void MutateOnce(List<byte> bytes)
    {
        int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
        switch (random.Next(10))
        {
            case 0 when bytes.Count > 0: // flip a bit
                at = random.Next(bytes.Count);
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when bytes.Count > 0: // replace a byte
                bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            case 2: // insert random bytes
                for (int n = random.Next(1, 8); n > 0; n--)
                {
                    bytes.Insert(at, (byte)random.Next(256));
                }

                break;
            case 3 or 4: // insert a token
                bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 5 when bytes.Count > 0: // delete a span
                at = random.Next(bytes.Count);
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(random.Next(2) == 0 ? 4 : 64)));
                break;
            case 6 when bytes.Count > 0: // truncate
            {
                int keep = random.Next(bytes.Count);
                bytes.RemoveRange(keep, bytes.Count - keep);
                break;
            }

            case 7 when bytes.Count > 0: // duplicate a span
            {
                int start = random.Next(bytes.Count);
                int length = Math.Min(bytes.Count - start, 1 + random.Next(128));
                var span = bytes.GetRange(start, length);
                for (int n = random.Next(1, random.Next(10) == 0 ? 200 : 3); n > 0; n--)
                {
                    bytes.InsertRange(at, span);
                }

                break;
            }

            case 8: // splice in a piece of another seed
            {
                var other = seeds[random.Next(seeds.Count)];
                if (other.Length > 0)
                {
                    int start = random.Next(other.Length);
                    bytes.InsertRange(at, other.AsSpan(start, Math.Min(other.Length - start, 1 + random.Next(256))).ToArray());
                }

                break;
            }

            default: // swap two bytes
                if (bytes.Count > 1)
                {
                    int a = random.Next(bytes.Count), b = random.Next(bytes.Count);
                    (bytes[a], bytes[b]) = (bytes[b], bytes[a]);
                }

                break;
        }
    }
}
