using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Inspections.Core.Tests.Docs;

/// <summary>
/// docs/getting-started.md's package table lists every package `dotnet pack Inspections.Core.sln` makes, each with
/// the version the build gives it (Directory.Build.props' VersionPrefix).
/// </summary>
public sealed partial class PackageTableTests
{
    [Fact]
    public void The_getting_started_table_lists_every_packed_project_with_its_pinned_version()
    {
        string version = XDocument.Load(RepositoryPaths.File("Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        string page = RepositoryPaths.Read("docs/getting-started.md");
        var rows = page.Split('\n').Where(l => l.StartsWith("| `Inspections.", StringComparison.Ordinal)).ToList();

        var packed = Packable().ToList();

        Assert.Equal(5, packed.Count);
        Assert.Equal(packed.Order(StringComparer.Ordinal), rows.Select(r => PackageName().Match(r).Groups[1].Value).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Contains($"--version {version}", r, StringComparison.Ordinal));
    }

    [Fact]
    public void No_web_project_warns_when_the_solution_is_packed()
    {
        // The Web SDK sets WarnOnPackingNonPackableProject when IsPackable is false, and dotnet pack of the solution
        // packs every project: a web project that is not packed must turn the warning off.
        var web = Directory.GetFiles(RepositoryPaths.Root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
            .Where(p => File.ReadAllText(p).Contains("Sdk=\"Microsoft.NET.Sdk.Web\"", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(web);
        Assert.All(web, p => Assert.Contains("<WarnOnPackingNonPackableProject>false</WarnOnPackingNonPackableProject>", File.ReadAllText(p), StringComparison.Ordinal));
    }

    private static IEnumerable<string> Packable()
    {
        foreach (string project in Directory.GetFiles(RepositoryPaths.File("src"), "*.csproj", SearchOption.AllDirectories))
        {
            var xml = XDocument.Load(project);
            // Directory.Build.props makes nothing packable; a package opts in with IsPackable=true.
            if (!xml.Descendants("IsPackable").Any(e => e.Value == "true"))
            {
                continue;
            }

            yield return xml.Descendants("PackageId").FirstOrDefault()?.Value ?? Path.GetFileNameWithoutExtension(project);
        }
    }

    [GeneratedRegex("^\\| `([A-Za-z.]+)`")]
    private static partial Regex PackageName();
}
