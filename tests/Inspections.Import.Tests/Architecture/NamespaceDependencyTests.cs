using Inspections.Testing;

namespace Inspections.Import.Tests.Architecture;

/// <summary>
/// The namespaces of Inspections.Import form no cycle (issue 25), as Inspections.Core's do: the foundation (the
/// root namespace: UTF-8, CSV, IMP codes) under the importers, the record build over them.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> s_graph = new(() => NamespaceGraph.Of("Inspections.Import", "Inspections.Import"));

    [Fact]
    public void The_namespaces_of_the_importers_form_no_cycle()
    {
        var cycle = NamespaceGraph.FindCycle(s_graph.Value);

        Assert.True(cycle is null, cycle is null ? null : "A cycle of namespaces: " + string.Join(" -> ", cycle));
    }

    [Fact]
    public void The_foundation_depends_on_no_importer()
    {
        Assert.Empty(s_graph.Value["Inspections.Import"]);
    }

    [Fact]
    public void The_importers_of_tables_and_of_reports_do_not_depend_on_each_other_or_on_the_record_build()
    {
        var graph = s_graph.Value;

        Assert.DoesNotContain("Inspections.Import.Reports", graph["Inspections.Import.Ofsted"]);
        Assert.DoesNotContain("Inspections.Import.Record", graph["Inspections.Import.Ofsted"]);
        Assert.DoesNotContain("Inspections.Import.Ofsted", graph["Inspections.Import.Reports"]);
        Assert.DoesNotContain("Inspections.Import.Record", graph["Inspections.Import.Reports"]);
    }

    [Fact]
    public void The_record_build_is_over_both_importers_and_the_foundation()
    {
        Assert.Superset(new HashSet<string> { "Inspections.Import", "Inspections.Import.Ofsted", "Inspections.Import.Reports" }, s_graph.Value["Inspections.Import.Record"]);
    }
}
