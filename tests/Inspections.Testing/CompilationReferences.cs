using Microsoft.CodeAnalysis;

namespace Inspections.Testing;

/// <summary>
/// What a test compiles source against with Roslyn (the docs' snippets, a project's own source for its namespace
/// graph): the runtime's assemblies and the managed ones beside the test, one per file name.
/// </summary>
public static class CompilationReferences
{
    /// <summary>The references, leaving out any assembly whose file name without extension <paramref name="leaveOut"/> names.</summary>
    /// <param name="leaveOut">An assembly not to reference (the one whose source is being compiled), or null.</param>
    public static IReadOnlyList<MetadataReference> Of(string? leaveOut = null)
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")))
        {
            if (!string.Equals(Path.GetFileNameWithoutExtension(path), leaveOut, StringComparison.OrdinalIgnoreCase))
            {
                byName.TryAdd(Path.GetFileName(path), path);
            }
        }

        return [.. byName.Values.Where(IsManagedAssembly).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
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
