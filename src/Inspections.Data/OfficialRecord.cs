using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Inspections.Core;
using Inspections.Core.Authorities;
using Inspections.Core.Serialization;
using NodaTime;

namespace Inspections.Data;

/// <summary>
/// Ofsted's official record of local authority children's services inspections in England, 2009 to 31 March 2025,
/// typed and validated: every published outcome of the 2009–2023 table (SLAC and its re-inspections, child protection
/// inspections and re-inspections, targeted inspections of looked after children services, the first SIF with its
/// LSCB review, SIF re-inspections), every ILACS inspection of the ILACS history, and every inspection and visit of
/// the 2022–23 and 2024–25 in-year sheets, with rows of one event merged into one inspection whose notes name every
/// source row. ILACS inspections whose fieldwork began after 31 March 2025 come from the ILACS scrape, and their
/// notes say so. docs/data.md says what the record holds, where it came from and what it cannot tell.
/// </summary>
/// <remarks>
/// <para>
/// The data are Crown copyright, re-usable under the Open Government Licence v3.0: anyone who publishes them must
/// carry <see cref="Attribution"/>. The code is MIT.
/// </para>
/// <para>
/// Loaded on first use of <see cref="Inspections"/>, once, from a resource embedded in this assembly; thread-safe
/// (any number of threads may ask at once; all get the same array).
/// </para>
/// </remarks>
public static class OfficialRecord
{
    /// <summary>The attribution the Open Government Licence v3.0 asks for wherever the record is used.</summary>
    public const string Attribution = "Contains public sector information licensed under the Open Government Licence v3.0.";

    /// <summary>The resource's name in the assembly.</summary>
    internal const string ResourceName = "Inspections.Data.official-record.jsonl";

    private static readonly Lazy<ImmutableArray<Inspection>> Record = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Every inspection and visit of the record, ordered by authority name, GSS code, date (first day of fieldwork,
    /// or publication when that is all the record gives), framework and visit type.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// On first use: the embedded resource is missing or holds a line that is not a valid document (a defect of the
    /// package, which its tests rule out).
    /// </exception>
    public static ImmutableArray<Inspection> Inspections => Record.Value;

    /// <summary>The day the official tables run to: Ofsted's <i>Local authority inspection outcomes as at 31 March 2025</i>.</summary>
    public static LocalDate OfficialAsAt { get; } = new(2025, 3, 31);

    /// <summary>
    /// The inspections of one local authority, found by anything <see cref="LocalAuthorityRegister.Default"/> accepts:
    /// a name (<c>"Calderdale"</c>, <c>"Bristol, City of"</c>), any GSS code it has had (Buckinghamshire's
    /// <c>E06000060</c> or its county code before 2020, <c>E10000002</c>) or its DfE number (<c>"825"</c>), in the
    /// record's order. Only the authority's own inspections: its predecessors' are in its history
    /// (<c>AuthorityHistory</c>).
    /// </summary>
    /// <param name="nameOrCode">A name, GSS code or DfE number.</param>
    /// <returns>The inspections (empty when the authority has none in the record).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">
    /// The register knows no authority by <paramref name="nameOrCode"/>; the message quotes what was asked and names
    /// the three nearest names.
    /// </exception>
    /// <exception cref="InvalidOperationException">As <see cref="Inspections"/>.</exception>
    public static ImmutableArray<Inspection> OfAuthority(string nameOrCode)
    {
        if (nameOrCode is null)
        {
            throw new ArgumentNullException(nameof(nameOrCode));
        }

        return Of(LocalAuthorityRegister.Default[nameOrCode]);
    }

    /// <summary>The inspections of one local authority, found as <see cref="OfAuthority"/> finds it, without throwing.</summary>
    /// <param name="nameOrCode">A name, GSS code or DfE number; null finds nothing.</param>
    /// <param name="inspections">The inspections, when the register knows the authority (possibly empty).</param>
    /// <returns>True when the register knows the authority.</returns>
    /// <exception cref="InvalidOperationException">As <see cref="Inspections"/>.</exception>
    public static bool TryOfAuthority(string? nameOrCode, out ImmutableArray<Inspection> inspections)
    {
        if (LocalAuthorityRegister.Default.TryResolve(nameOrCode, out var authority))
        {
            inspections = Of(authority);
            return true;
        }

        inspections = ImmutableArray<Inspection>.Empty;
        return false;
    }

    private static ImmutableArray<Inspection> Of(LocalAuthority authority) =>
        [.. Inspections.Where(i =>
            LocalAuthorityRegister.Default.TryMatch(i.Subject, i.Date, out var matched)
            && ReferenceEquals(matched, authority))];

    private static ImmutableArray<Inspection> Load()
    {
        using var stream = typeof(OfficialRecord).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(OfficialRecord).Assembly.GetName().Name}.");
        var builder = ImmutableArray.CreateBuilder<Inspection>();
        foreach (var result in InspectionJson.ReadLines(stream))
        {
            if (result.Inspection is null || !result.IsValid)
            {
                var first = result.Diagnostics.FirstOrDefault(d => d.Severity == Core.Validation.DiagnosticSeverity.Error);
                throw new InvalidOperationException(
                    $"Line {result.LineNumber} of the embedded record is not a valid document: {first?.Code} {first?.Message}");
            }

            builder.Add(result.Inspection);
        }

        return builder.ToImmutable();
    }
}
