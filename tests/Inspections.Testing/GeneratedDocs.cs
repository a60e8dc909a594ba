namespace Inspections.Testing;

/// <summary>
/// The one check of a generated section of a doc (docs/validation.md's messages, docs/import.md's IMP tables,
/// docs/histories.md's and docs/inspection-cycle.md's numbers): between its two marker lines the doc holds exactly
/// what the test renders. With <c>UPDATE_DOCS=1</c> (<see cref="RepositoryPaths.UpdateDocs"/>) the section is
/// rewritten instead, and the check passes.
/// </summary>
public static class GeneratedDocs
{
    /// <summary>Checks (or, with UPDATE_DOCS=1, rewrites) one generated section.</summary>
    /// <param name="path">The doc's path.</param>
    /// <param name="begin">The marker line that opens the section (without its line break).</param>
    /// <param name="end">The marker that closes it.</param>
    /// <param name="content">What the section must hold between the markers: every line ends with a line break.</param>
    public static void AssertSection(string path, string begin, string end, string content)
    {
        string doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        int start = doc.IndexOf(begin, StringComparison.Ordinal);
        int stop = start < 0 ? -1 : doc.IndexOf(end, start + begin.Length, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{Relative(path)} has no generated section between '{begin}' and '{end}'.");

        string expected = begin + "\n" + content + end;
        string actual = doc.Substring(start, stop + end.Length - start);
        if (RepositoryPaths.UpdateDocs && actual != expected)
        {
            File.WriteAllText(path, string.Concat(doc.AsSpan(0, start), expected, doc.AsSpan(stop + end.Length)));
            return;
        }

        Assert.True(expected == actual, $"{Relative(path)}'s section '{begin}' is out of date: run the tests with UPDATE_DOCS=1 and review the diff.\nExpected:\n{expected}\nActual:\n{actual}");
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');
}
