using Inspections.Testing;

namespace Inspections.Core.Tests.Architecture;

/// <summary>
/// The namespaces of Inspections.Core form no cycle (issue 18): every name in the library's source is bound with
/// Roslyn, and each reference from one namespace of the library to another is an edge; the graph must be acyclic.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> s_graph = new(() => NamespaceGraph.Of("Inspections.Core", "Inspections.Core"));

    [Fact]
    public void The_namespaces_of_the_library_form_no_cycle()
    {
        var graph = s_graph.Value;

        var cycle = NamespaceGraph.FindCycle(graph);

        Assert.True(cycle is null, cycle is null ? null : "A cycle of namespaces: " + string.Join(" -> ", cycle));
    }

    [Fact]
    public void The_record_in_the_root_namespace_depends_on_nothing_else_in_the_library()
    {
        Assert.Empty(s_graph.Value["Inspections.Core"]);
    }

    [Fact]
    public void Validation_does_not_depend_on_serialization()
    {
        Assert.DoesNotContain("Inspections.Core.Serialization", s_graph.Value["Inspections.Core.Validation"]);
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle_it_is_given()
    {
        var graph = new Dictionary<string, HashSet<string>> { ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a"], ["d"] = [] };

        Assert.Equal(["a", "b", "c", "a"], NamespaceGraph.FindCycle(graph));
        Assert.Null(NamespaceGraph.FindCycle(new Dictionary<string, HashSet<string>> { ["a"] = ["b"], ["b"] = [] }));
    }
}
