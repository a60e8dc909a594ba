namespace Inspections.Core.Tests.Validation;

/// <summary>Finds files of the repository (docs, test sources) from the test's output directory.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository root: the nearest directory up from the test binaries that holds Inspections.Core.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Reads a file of the repository, with line endings normalised to \n.</summary>
    public static string Read(string relativePath) =>
        File.ReadAllText(Path.Combine(Root, relativePath)).Replace("\r\n", "\n");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Inspections.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Inspections.Core.sln above {AppContext.BaseDirectory}.");
    }
}
