using Inspections.Core.Tests.Validation;

namespace Inspections.Core.Tests.FsCheck;

public sealed class PropertyTestingDocTests
{
    [Fact]
    public void The_doc_shows_the_worked_example_verbatim()
    {
        var example = RepositoryFiles.Read("tests/Inspections.Core.Tests/FsCheck/DocsExampleTests.cs");
        var doc = RepositoryFiles.Read("docs/property-testing.md");

        Assert.Contains("```csharp\n" + example + "```\n", doc);
    }
}
