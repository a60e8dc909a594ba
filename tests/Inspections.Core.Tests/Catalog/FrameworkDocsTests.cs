using Inspections.Core.Catalog;

namespace Inspections.Core.Tests.Catalog;

/// <summary>
/// docs/frameworks.md is generated from the catalog by <see cref="FrameworkDocsRenderer"/>. This test fails when
/// the file differs from the rendering; with the environment variable UPDATE_DOCS=1 it rewrites the file instead.
/// </summary>
public sealed class FrameworkDocsTests
{
    [Fact]
    public void Docs_frameworks_md_is_the_rendering_of_the_catalog()
    {
        string rendered = FrameworkDocsRenderer.Render(FrameworkCatalog.Default);
        string path = RepositoryPaths.FrameworksDoc;

        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run UPDATE_DOCS=1 dotnet test --filter FrameworkDocsTests to write it.");
        string onDisk = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (onDisk != rendered)
        {
            var diskLines = onDisk.Split('\n');
            var renderedLines = rendered.Split('\n');
            int first = Enumerable.Range(0, Math.Min(diskLines.Length, renderedLines.Length)).FirstOrDefault(i => diskLines[i] != renderedLines[i], Math.Min(diskLines.Length, renderedLines.Length));
            Assert.Fail(
                $"docs/frameworks.md differs from the catalog's rendering from line {first + 1}:\n"
                + $"  file:     {(first < diskLines.Length ? diskLines[first] : "(end of file)")}\n"
                + $"  rendered: {(first < renderedLines.Length ? renderedLines[first] : "(end of file)")}\n"
                + "Change the definitions or the renderer, not the file; then run UPDATE_DOCS=1 dotnet test tests/Inspections.Core.Tests --filter FrameworkDocsTests.");
        }
    }

    [Fact]
    public void The_rendering_has_a_section_for_every_framework_with_its_rules_and_notes()
    {
        string rendered = FrameworkDocsRenderer.Render(FrameworkCatalog.Default);

        foreach (var framework in FrameworkCatalog.Default.All)
        {
            Assert.Contains($"\n## {framework.Id}\n", rendered);
            Assert.All(framework.Rules, rule => Assert.Contains($"| `{rule.Id}` |", rendered));
            Assert.All(framework.Sources, source => Assert.Contains($"- {source}\n", rendered));
        }

        Assert.Contains("**UNCONFIRMED.**", rendered);
        Assert.Contains("**Modelling choice.**", rendered);
        Assert.DoesNotContain("\r", rendered);
    }
}
