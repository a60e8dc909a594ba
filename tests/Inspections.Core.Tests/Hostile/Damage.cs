using FsCheck;
using FsCheck.Fluent;

namespace Inspections.Core.Tests.Hostile;

/// <summary>
/// Damages documents the ways files get damaged: a bit flipped, bytes inserted or deleted, the end cut off, a span
/// duplicated. Each damage is a small value (kind, where, how long, which byte), so FsCheck shrinks a failing case to
/// the fewest, smallest damages.
/// </summary>
internal static class Damage
{
    /// <summary>The valid examples, each as its bytes.</summary>
    public static readonly byte[][] ValidDocuments =
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Examples), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

    /// <summary>The lines of the valid .jsonl example.</summary>
    public static readonly byte[][] ValidLines =
        File.ReadAllLines(Path.Combine(RepositoryPaths.Examples, "inspections.jsonl")).Where(l => l.Length > 0).Select(System.Text.Encoding.UTF8.GetBytes).ToArray();

    /// <summary>One damage: its kind (0 flip a bit, 1 insert bytes, 2 delete a span, 3 truncate, 4 duplicate a span), where (a fraction of the length), how long, and a byte.</summary>
    public static Gen<(int Kind, double At, int Length, byte Value)> OneDamage =>
        from kind in Gen.Choose(0, 4)
        from at in Gen.Choose(0, 10_000).Select(i => i / 10_000.0)
        from length in Gen.Frequency((3, Gen.Choose(1, 4)), (1, Gen.Choose(1, 200)))
        from value in Gen.Elements<byte>(0x00, 0x0A, 0x20, 0x22, 0x2C, 0x3A, 0x5B, 0x5C, 0x5D, 0x7B, 0x7D, 0x30, 0x61, 0x7F, 0x80, 0xBF, 0xC3, 0xED, 0xEF, 0xFF)
        select (kind, at, length, value);

    /// <summary>A valid document with one to six damages.</summary>
    public static Gen<byte[]> DamagedDocument =>
        from document in Gen.Elements(ValidDocuments)
        from damages in Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(OneDamage, n))
        select Apply(document, damages);

    /// <summary>Any bytes at all.</summary>
    public static Gen<byte[]> AnyBytes => ArbMap.Default.GeneratorFor<byte[]>();

    public static byte[] Apply(byte[] document, IEnumerable<(int Kind, double At, int Length, byte Value)> damages)
    {
        var bytes = new List<byte>(document);
        foreach (var (kind, fraction, length, value) in damages)
        {
            int at = (int)(fraction * bytes.Count);
            switch (kind)
            {
                case 0 when bytes.Count > 0:
                    at = Math.Min(at, bytes.Count - 1);
                    bytes[at] ^= (byte)(1 << (value % 8));
                    break;
                case 1:
                    bytes.InsertRange(at, Enumerable.Repeat(value, Math.Min(length, 8)));
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(length, bytes.Count - at));
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    var span = bytes.GetRange(at, Math.Min(length, bytes.Count - at));
                    bytes.InsertRange(at, span);
                    break;
            }
        }

        return bytes.ToArray();
    }
}
