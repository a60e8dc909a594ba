namespace Inspections.Core.FsCheck.Tests;

public sealed class PropertyTestingDocTests
{
    [Fact]
    public void The_doc_shows_the_worked_example_verbatim()
    {
        var example = RepositoryPaths.Read("tests/Inspections.Core.FsCheck.Tests/DocsExampleTests.cs");
        var doc = RepositoryPaths.Read("docs/property-testing.md");

        Assert.Contains("```csharp\n" + example + "```\n", doc);
    }
}
