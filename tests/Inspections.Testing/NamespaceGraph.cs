using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Inspections.Testing;

/// <summary>
/// The namespace graph of one of the library's projects (issue 18, issue 25): every name in its source bound with
/// Roslyn, each reference from one of its namespaces to another an edge. The architecture tests of each project
/// check it has no cycle.
/// </summary>
public static class NamespaceGraph
{
    /// <summary>The first cycle found, as a path that ends where it starts; null when the graph is acyclic.</summary>
    public static List<string>? FindCycle(IReadOnlyDictionary<string, HashSet<string>> graph)
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

    /// <summary>The graph of <c>src/</c><paramref name="project"/>: its namespaces under <paramref name="rootNamespace"/> and their references to each other.</summary>
    /// <remarks>The project's references outside the repository are the test's own assemblies (the test project references the project).</remarks>
    public static IReadOnlyDictionary<string, HashSet<string>> Of(string project, string rootNamespace)
    {
        string source = Path.Combine(RepositoryPaths.Root, "src", project);
        var trees = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview), p))
            .ToList();
        var references = CompilationReferences.Of(leaveOut: project);
        var compilation = CSharpCompilation.Create(project, trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
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
                    if (to is not null && to != from && (to == rootNamespace || to.StartsWith(rootNamespace + ".", StringComparison.Ordinal)))
                    {
                        edges.Add(to);
                    }
                }
            }
        }

        return graph;
    }
}
