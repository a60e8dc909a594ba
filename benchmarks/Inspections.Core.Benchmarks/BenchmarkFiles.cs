using System;
using System.IO;

namespace Inspections.Core.Benchmarks;

/// <summary>
/// Finds the files the benchmarks read: the repository root is the first folder above the running assembly that
/// holds Inspections.Core.sln (BenchmarkDotNet builds and runs its copies of this program below bin/, inside the
/// repository), or else the first above the current directory; the shared data is beside it, in ../shared/data.
/// </summary>
public static class BenchmarkFiles
{
    /// <summary>The repository root.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The Calderdale 2015 SIF example: docs/examples/valid/sif-2013-calderdale-2015.json.</summary>
    public static string CalderdaleDocument => Path.Combine(Root, "docs", "examples", "valid", "sif-2013-calderdale-2015.json");

    /// <summary>
    /// The same inspection with leadership graded inadequate and overall effectiveness not, which breaks the SIF's
    /// limiting judgement rule (INS020): docs/examples/invalid/INS020-rule-broken.json.
    /// </summary>
    public static string CalderdaleRuleBroken => Path.Combine(Root, "docs", "examples", "invalid", "INS020-rule-broken.json");

    /// <summary>The real ILACS history: ../shared/data/ofsted_csc_ilacs_history.csv.</summary>
    public static string IlacsHistoryCsv => Path.Combine(SharedData, "ofsted_csc_ilacs_history.csv");

    /// <summary>The local authority lookup beside it: ../shared/data/Provider_data_lookup.csv.</summary>
    public static string ProviderLookupCsv => Path.Combine(SharedData, "Provider_data_lookup.csv");

    private static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Inspections.Core.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException(
            $"No Inspections.Core.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}: run the benchmarks from a checkout of the repository.");
    }
}
