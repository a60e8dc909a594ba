using System.Text.Json;
using Inspections.Core;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Core.Tests.Histories;

/// <summary>
/// The official record as Inspections.Data ships it (src/Inspections.Data/official-record.jsonl), read line by line
/// into inspections. A stopgap: the document reader of this branch does not yet read documents without fieldwork
/// (publication-only records, allowed by the spec since issue 15), so OfficialRecord.Inspections cannot load here;
/// once it can, these tests should read OfficialRecord.Inspections instead. Only what the histories need is read:
/// framework, visit, subject, fieldwork, publication date and judgements.
/// </summary>
internal static class RecordLines
{
    private static readonly Lazy<IReadOnlyList<Inspection>> s_all = new(Load);

    public static IReadOnlyList<Inspection> All => s_all.Value;

    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "src", "Inspections.Data", "official-record.jsonl");

    private static IReadOnlyList<Inspection> Load()
    {
        var list = new List<Inspection>();
        foreach (string line in File.ReadLines(Path))
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var s = r.GetProperty("subject");
            var subject = new InspectionSubject(
                SubjectKind.LocalAuthority,
                s.GetProperty("name").GetString()!,
                s.TryGetProperty("gss", out var gss) ? gss.GetString() : null,
                s.TryGetProperty("la", out var la) ? la.GetInt32() : null);
            Fieldwork? fieldwork = r.TryGetProperty("fieldwork", out var f)
                ? new Fieldwork(Date(f.GetProperty("start")), f.TryGetProperty("end", out var end) ? Date(end) : null)
                : null;
            var judgements = r.TryGetProperty("judgements", out var j)
                ? j.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).ToArray()
                : [];
            list.Add(new Inspection(r.GetProperty("framework").GetString()!, r.GetProperty("visit").GetString()!, subject, fieldwork, JudgementGrades.Create(judgements))
            {
                Published = r.TryGetProperty("published", out var p) ? Date(p) : null,
            });
        }

        return list;
    }

    private static LocalDate Date(JsonElement e) => LocalDatePattern.Iso.Parse(e.GetString()!).GetValueOrThrow();
}
