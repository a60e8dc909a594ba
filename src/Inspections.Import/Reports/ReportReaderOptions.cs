using Inspections.Core.Authorities;

namespace Inspections.Import.Reports;

/// <summary>How a report is read: what the manifest says about it, the register that names its subject, and limits.</summary>
public sealed record ReportReaderOptions
{
    /// <summary>The reader's defaults: no manifest entry, the built-in register, 16 MiB and 200 pages.</summary>
    public static ReportReaderOptions Default { get; } = new();

    /// <summary>The manifest's row for the report (its publication date and source URL), or null.</summary>
    public ReportManifestEntry? ManifestEntry { get; init; }

    /// <summary>The register the report's title is resolved through; null: <see cref="LocalAuthorityRegister.Default"/>.</summary>
    public LocalAuthorityRegister? Register { get; init; }

    /// <summary>The largest file read, in bytes (default 16 MiB; the largest real report is under 1 MB).</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>The most pages read (default 200; real reports have under 100).</summary>
    public int MaxPages { get; init; } = 200;
}
