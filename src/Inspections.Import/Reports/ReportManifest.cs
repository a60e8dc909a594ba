using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text;
using Inspections.Core;
using Inspections.Core.Validation;
using NodaTime;
using NodaTime.Text;

namespace Inspections.Import.Reports;

/// <summary>One row of a reports folder's <c>manifest.csv</c>: a report's file, the scrape's URN, the publication date Ofsted's site gives, and the report's URL.</summary>
/// <param name="File">The report's path below the manifest's folder, with '/' between folders.</param>
/// <param name="Urn">The scrape's URN for the authority (not used to name the subject: only the report's text does).</param>
/// <param name="Published">The publication date Ofsted's site gives, or null.</param>
/// <param name="Source">The report's URL on Ofsted's site, or null.</param>
public sealed record ReportManifestEntry(string File, string? Urn, LocalDate? Published, Uri? Source);

/// <summary>What reading a manifest gave: its usable rows and a diagnostic for each row that is not.</summary>
/// <param name="Entries">The usable rows, in file order.</param>
/// <param name="Issues">The rows not used (IMP230, IMP231) or the header refused (IMP232), each at its line.</param>
public sealed record ReportManifestReadResult(ImmutableArray<ReportManifestEntry> Entries, DiagnosticList Issues)
{
    /// <summary>Finds the row of a report by its path below the manifest's folder ('/' or '\' between folders).</summary>
    /// <param name="file">The relative path.</param>
    /// <param name="entry">The row, when listed.</param>
    /// <returns><see langword="true"/> when the manifest lists the file.</returns>
    public bool TryGet(string? file, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportManifestEntry? entry)
    {
        entry = null;
        if (file is null)
        {
            return false;
        }

        string key = file.Replace('\\', '/');
        foreach (var candidate in Entries)
        {
            if (string.Equals(candidate.File, key, StringComparison.Ordinal))
            {
                entry = candidate;
                return true;
            }
        }

        return false;
    }
}

/// <summary>Reads a reports folder's <c>manifest.csv</c> (<c>file,urn,published,source</c>; RFC 4180, UTF-8). Stateless and thread-safe.</summary>
public static class ReportManifest
{
    private const string Header = "file,urn,published,source";

    /// <summary>Reads a manifest file.</summary>
    /// <param name="path">The manifest's path.</param>
    /// <returns>The usable rows and the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReportManifestReadResult Read(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a manifest from a stream.</summary>
    /// <param name="stream">The manifest's bytes.</param>
    /// <param name="fileName">The name diagnostics give the manifest.</param>
    /// <returns>The usable rows and the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportManifestReadResult Read(Stream stream, string fileName)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        if (string.IsNullOrEmpty(fileName))
        {
            throw new ArgumentNullException(nameof(fileName));
        }

        string text;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return Refused(fileName);
        }

        var issues = new List<Diagnostic>();
        var rows = Records(text, fileName, issues);
        if (rows.Count == 0 || string.Join(",", rows[0].Fields) != Header)
        {
            return Refused(fileName);
        }

        var entries = new List<(ReportManifestEntry Entry, int Line)>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < rows.Count; i++)
        {
            var (fields, line) = rows[i];
            if (fields.Count != 4)
            {
                issues.Add(Row(fileName, line, ReportCodes.WholeFile, $"it has {fields.Count} fields, not 4"));
                continue;
            }

            string file = fields[0];
            if (file.Length == 0 || file.Trim() != file || file.Contains("..") || file.StartsWith('/') || HasControl(file))
            {
                issues.Add(Row(fileName, line, "file", "its file is empty, has white space at its ends, control characters, '..' or a leading '/'"));
                continue;
            }

            string? urn = fields[1].Length == 0 ? null : fields[1];
            if (urn is not null && !IsDigits(urn))
            {
                issues.Add(Row(fileName, line, "urn", $"its urn is not digits ({Quote(urn)})"));
                continue;
            }

            LocalDate? published = null;
            if (fields[2].Length > 0)
            {
                var parsed = LocalDatePattern.Iso.Parse(fields[2]);
                if (!parsed.Success || fields[2].Length != 10)
                {
                    issues.Add(Row(fileName, line, "published", $"its published date is not a real date in the form yyyy-mm-dd ({Quote(fields[2])})"));
                    continue;
                }

                published = parsed.Value;
            }

            Uri? source = null;
            if (fields[3].Length > 0)
            {
                if (!Uri.TryCreate(fields[3], UriKind.Absolute, out var uri) || !Inspection.IsValidSource(uri) || fields[3].Contains(' '))
                {
                    issues.Add(Row(fileName, line, "source", $"its source is not an absolute http(s) URL without spaces ({Quote(fields[3])})"));
                    continue;
                }

                source = uri;
            }

            if (firstLine.TryGetValue(file, out int first))
            {
                issues.Add(ReportCodes.ManifestFileRepeated.At(fileName, line, "file", Quote(file), first));
                repeated.Add(file);
                continue;
            }

            firstLine[file] = line;
            entries.Add((new ReportManifestEntry(file, urn, published, source), line));
        }

        var kept = ImmutableArray.CreateBuilder<ReportManifestEntry>();
        foreach (var (entry, _) in entries)
        {
            if (!repeated.Contains(entry.File))
            {
                kept.Add(entry);
            }
        }

        issues.Sort((a, b) => (a.Line ?? 0).CompareTo(b.Line ?? 0));
        return new ReportManifestReadResult(kept.ToImmutable(), new DiagnosticList([.. issues]));
    }

    private static ReportManifestReadResult Refused(string fileName) =>
        new([], new DiagnosticList([ReportCodes.ManifestHeader.At(fileName, 1, ReportCodes.WholeFile)]));

    private static Diagnostic Row(string fileName, int line, string path, string problem) =>
        ReportCodes.ManifestRowInvalid.At(fileName, line, path, problem);

    private static bool IsDigits(string text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length <= 12;
    }

    private static bool HasControl(string text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c) || ReportText.IsDirectionControl(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Quote(string value) => "'" + ReportText.Visible(value, 80) + "'";

    // RFC 4180 records with the line each starts on; a malformed quote makes that record an IMP230 and is not repaired.
    private static List<(List<string> Fields, int Line)> Records(string text, string fileName, List<Diagnostic> issues)
    {
        var records = new List<(List<string>, int)>();
        int i = 0, line = 1;
        while (i < text.Length)
        {
            int start = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            bool bad = false;
            bool quoted = false;
            bool atFieldStart = true;
            while (i < text.Length)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        quoted = false;
                        i++;
                        if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                        {
                            bad = true;
                        }

                        continue;
                    }

                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                    i++;
                    continue;
                }

                if (c == '"' && atFieldStart)
                {
                    quoted = true;
                    atFieldStart = false;
                    i++;
                    continue;
                }

                if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    i++;
                    continue;
                }

                if (c is '\r' or '\n')
                {
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    break;
                }

                if (c == '"')
                {
                    bad = true;
                }

                atFieldStart = false;
                field.Append(c);
                i++;
            }

            if (quoted)
            {
                bad = true;
            }

            fields.Add(field.ToString());
            if (bad)
            {
                issues.Add(Row(fileName, start, ReportCodes.WholeFile, "it breaks the CSV quoting rules (it is not repaired)"));
                continue;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            records.Add((fields, start));
        }

        return records;
    }
}
