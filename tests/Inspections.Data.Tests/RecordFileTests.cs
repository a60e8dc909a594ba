using Inspections.Data.Tests.Generation;

namespace Inspections.Data.Tests;

/// <summary>
/// The committed record (src/Inspections.Data/official-record.jsonl) and docs/data.md's generated sections are what
/// the importer makes of ../shared/data today; with UPDATE_DOCS=1 the tests rewrite them instead.
/// </summary>
public sealed class RecordFileTests
{
    private static bool Updating => Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1";

    [SharedDataFact]
    public void The_committed_record_is_what_the_importer_makes_of_the_shared_data()
    {
        byte[] generated = RecordBuild.Instance.RecordBytes();
        if (Updating)
        {
            File.WriteAllBytes(RepositoryPaths.RecordFile, generated);
        }

        byte[] committed = File.ReadAllBytes(RepositoryPaths.RecordFile);
        Assert.True(generated.AsSpan().SequenceEqual(committed),
            "src/Inspections.Data/official-record.jsonl differs from what the importer makes of ../shared/data; run UPDATE_DOCS=1 dotnet test tests/Inspections.Data.Tests to rewrite it, and review the diff.");
    }

    [SharedDataFact]
    public void The_generated_sections_of_docs_data_md_are_current()
    {
        string doc = File.ReadAllText(RepositoryPaths.DataDoc).ReplaceLineEndings("\n");
        string rendered = DataDocRenderer.Render(doc, RecordBuild.Instance);
        if (Updating)
        {
            File.WriteAllText(RepositoryPaths.DataDoc, rendered);
            doc = rendered;
        }

        Assert.True(doc == rendered, "docs/data.md's generated sections are out of date; run UPDATE_DOCS=1 dotnet test tests/Inspections.Data.Tests.");
    }
}
