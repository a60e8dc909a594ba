using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Inspections.Core.Tests.Architecture;

/// <summary>
/// The namespaces of Inspections.Core form no cycle (issue 18): every name in the library's source is bound with
/// Roslyn, and each reference from one namespace of the library to another is an edge; the graph must be acyclic.
/// </summary>
public sealed class NamespaceDependencyTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> s_graph = new(Build);

    [Fact]
    public void The_namespaces_of_the_library_form_no_cycle()
    {
        var graph = s_graph.Value;

        var cycle = FindCycle(graph);

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

        Assert.Equal(["a", "b", "c", "a"], FindCycle(graph));
        Assert.Null(FindCycle(new Dictionary<string, HashSet<string>> { ["a"] = ["b"], ["b"] = [] }));
    }

    private static List<string>? FindCycle(IReadOnlyDictionary<string, HashSet<string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (string next in graph.TryGetValue(node, out var edges) ? edges.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (state.GetValueOrDefault(next) == 1)
                {
                    return [.. path.Skip(path.IndexOf(next)), next];
                }

                if (state.GetValueOrDefault(next) == 0 && Visit(next) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (string node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }

    private static IReadOnlyDictionary<string, HashSet<string>> Build()
    {
        string source = Path.Combine(RepositoryPaths.Root, "src", "Inspections.Core");
        var trees = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), p))
            .ToList();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
            .Where(p => !Path.GetFileName(p).StartsWith("Inspections.", StringComparison.Ordinal))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First())
            .Where(IsManagedAssembly)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Inspections.Core", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(5));

        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                string from = model.GetDeclaredSymbol(declaration)!.ContainingNamespace.ToDisplayString();
                var edges = graph.TryGetValue(from, out var found) ? found : graph[from] = [];
                foreach (var name in declaration.DescendantNodes().OfType<SimpleNameSyntax>())
                {
                    var symbol = model.GetSymbolInfo(name).Symbol;
                    var type = symbol as ITypeSymbol ?? symbol?.ContainingType;
                    string? to = type?.ContainingNamespace?.ToDisplayString();
                    if (to is not null && to != from && (to == "Inspections.Core" || to.StartsWith("Inspections.Core.", StringComparison.Ordinal)))
                    {
                        edges.Add(to);
                    }
                }
            }
        }

        return graph;
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
