namespace Inspections.Core.Tests.Cycles;

/// <summary>docs/inspection-cycle.md: the backtest table is recomputed from the record; UPDATE_DOCS=1 rewrites it.</summary>
public sealed class CycleDocTests
{
    private static string DocPath => Path.Combine(RepositoryPaths.Docs, "inspection-cycle.md");

    [Fact]
    public void The_published_backtest_is_the_records()
    {
        string doc = File.ReadAllText(DocPath);
        int start = doc.IndexOf(CycleDocs.Begin, StringComparison.Ordinal);
        int end = doc.IndexOf(CycleDocs.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/inspection-cycle.md has no generated section.");
        string expected = CycleDocs.Begin + "\n" + CycleDocs.Render() + CycleDocs.End;
        string actual = doc.Substring(start, end + CycleDocs.End.Length - start);
        if (RepositoryPaths.UpdateDocs && actual != expected)
        {
            File.WriteAllText(DocPath, string.Concat(doc.AsSpan(0, start), expected, doc.AsSpan(end + CycleDocs.End.Length)));
            return;
        }

        Assert.Equal(expected, actual);
    }
}
