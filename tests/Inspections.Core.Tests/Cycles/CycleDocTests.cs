namespace Inspections.Core.Tests.Cycles;

/// <summary>docs/inspection-cycle.md: the backtest table is recomputed from the record; UPDATE_DOCS=1 rewrites it.</summary>
public sealed class CycleDocTests
{
    private static string DocPath => Path.Combine(RepositoryPaths.Docs, "inspection-cycle.md");

    [Fact]
    public void The_published_backtest_is_the_records()
    {
        GeneratedDocs.AssertSection(DocPath, CycleDocs.Begin, CycleDocs.End, CycleDocs.Render());
    }
}
