using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Inspections.Core.Authorities;

/// <summary>
/// What the register knows beyond the lookup rows (<see cref="LookupRows"/>), each fact with its source:
/// Ofsted's names, earlier GSS codes, the authorities abolished before the lookup was made, and every
/// reorganisation of children's services authorities from 1 April 2009.
/// </summary>
/// <remarks>
/// Sources: the statutory instruments named in <see cref="Reorganisations"/> (legislation.gov.uk); ONS's
/// code history (the GSS codes of local authority districts and counties by year); DfE local authority numbers
/// as in the lookup and in Ofsted's own tables (../shared/data/ofsted, which use E06000028 for Bournemouth and
/// E10000021 for Northamptonshire, and name "Bristol", "Kingston upon Hull", "Telford &amp; Wrekin", "St Helens").
/// The DfE numbers of the authorities not in the lookup (Bournemouth 837, Dorset County Council 835) and the
/// earlier county codes (E10000002 Buckinghamshire 825, E10000009 Dorset 835, E10000023 North Yorkshire 815,
/// E10000027 Somerset 933, E06000029 Poole 836) are as in a public GSS-code-to-DfE-number table of the years
/// 2013–2019 (before any of these changes), and agree with Ofsted's ILACS history (E06000028 Bournemouth).
/// </remarks>
internal static class RegisterAmendments
{
    /// <summary>The register starts on this day (the 2009 unitary authorities were created on it).</summary>
    internal static readonly LocalDate RegisterStarts = new(2009, 4, 1);

    /// <summary>Ofsted's name, where it differs from the lookup's ONS name, by GSS code.</summary>
    internal static ImmutableDictionary<string, string> OfstedNames { get; } = new (string Gss, string Name)[]
    {
        ("E06000023", "Bristol"),
        ("E06000010", "Kingston upon Hull"),
        ("E08000013", "St Helens"),
        ("E06000055", "Bedford"),
    }.ToImmutableDictionary(p => p.Gss, p => p.Name);

    /// <summary>Other names in use, by GSS code (the ONS name and the lookup's <c>also_known_as</c> are added anyway).</summary>
    internal static ImmutableDictionary<string, ImmutableArray<string>> OtherNames { get; } = new (string Gss, string[] Names)[]
    {
        ("E06000058", ["BCP", "Bournemouth, Christchurch & Poole", "BCP Council"]),
        ("E06000019", ["Herefordshire, County of"]),
        ("E06000047", ["County Durham"]),
        ("E06000010", ["Kingston Upon Hull", "Hull"]),
        ("E09000001", ["London Corporation", "City of London Corporation"]),
        ("E06000033", ["Southend"]),
        ("E06000014", ["City of York"]),
    }.ToImmutableDictionary(p => p.Gss, p => ImmutableArray.Create(p.Names));

    /// <summary>Lookup rows whose <c>also_known_as</c> the general rule (split at ", ") would cut wrongly.</summary>
    internal static ImmutableHashSet<string> AlsoKnownAsByHand { get; } = ["E06000058"];

    /// <summary>Earlier GSS codes, oldest first, by current code (see <see cref="Reorganisations"/> for when each changed).</summary>
    internal static ImmutableDictionary<string, ImmutableArray<string>> EarlierCodes { get; } = new (string Gss, string[] Earlier)[]
    {
        ("E06000057", ["E06000048"]), // Northumberland, 2013
        ("E08000037", ["E08000020"]), // Gateshead, 2013
        ("E06000060", ["E10000002"]), // Buckinghamshire, 2020
        ("E06000065", ["E10000023"]), // North Yorkshire, 2023
        ("E06000066", ["E10000027"]), // Somerset, 2023
        ("E08000038", ["E08000016"]), // Barnsley, 2025
        ("E08000039", ["E08000019"]), // Sheffield, 2025
    }.ToImmutableDictionary(p => p.Gss, p => ImmutableArray.Create(p.Earlier));

    /// <summary>Authorities abolished before the lookup was made, so not in it.</summary>
    internal static ImmutableArray<LookupRow> Abolished { get; } =
    [
        new(string.Empty, 837, "E06000028", "Bournemouth", string.Empty, "South West", []),
        new(string.Empty, 835, "E10000009", "Dorset County Council", string.Empty, "South West", []),
    ];

    /// <summary>Other names of the abolished authorities, by GSS code.</summary>
    internal static ImmutableDictionary<string, ImmutableArray<string>> AbolishedOtherNames { get; } = new (string Gss, string[] Names)[]
    {
        ("E10000009", ["Dorset County", "Dorset (county)"]),
    }.ToImmutableDictionary(p => p.Gss, p => ImmutableArray.Create(p.Names));

    /// <summary>
    /// The authorities created on 1 April 2009 (the Bedfordshire and Cheshire structural changes: new councils, new
    /// DfE numbers). Cornwall, Durham, Northumberland, Shropshire and Wiltshire became unitary the same day but kept
    /// their county council and DfE number, so they count as existing before.
    /// </summary>
    internal static ImmutableArray<string> CreatedWhenRegisterStarts { get; } = ["E06000055", "E06000056", "E06000049", "E06000050"];

    /// <summary>Who took over from whom (predecessor, successor): the successions of the reorganisations below, less the codes that only changed.</summary>
    internal static ImmutableArray<(string Predecessor, string Successor)> Lineage =>
        [.. Reorganisations.SelectMany(r => r.Successions).Where(s => !string.Equals(s.Predecessor, s.Successor, System.StringComparison.Ordinal))];

    /// <summary>Every reorganisation from 1 April 2009, by date.</summary>
    internal static ImmutableArray<Reorganisation> Reorganisations { get; } =
    [
        new(new LocalDate(2013, 4, 1), [("Gateshead", "Gateshead"), ("Northumberland", "Northumberland")],
            "A small change to the boundary between Gateshead and Northumberland: new GSS codes (Gateshead E08000020 -> E08000037, Northumberland E06000048 -> E06000057); the same councils and DfE numbers (390, 929).",
            "LGBCE, Northumberland and Gateshead principal area boundary review, final recommendations (15 May 2012); ONS local authority district codes 2012 -> 2013"),
        new(new LocalDate(2019, 4, 1), [("Bournemouth", "Bournemouth, Christchurch and Poole"), ("Poole", "Bournemouth, Christchurch and Poole"), ("Dorset County Council", "Dorset")],
            "Bournemouth and Poole (unitary) and the district of Christchurch (not a children's services authority) became Bournemouth, Christchurch and Poole (E06000058, DfE 839); Dorset County Council and its other five districts became Dorset Council (E06000059, DfE 838).",
            "The Bournemouth, Dorset and Poole (Structural Changes) Order 2018 (SI 2018/648)"),
        new(new LocalDate(2020, 4, 1), [("Buckinghamshire", "Buckinghamshire")],
            "Buckinghamshire County Council and its four districts became Buckinghamshire Council: a new GSS code (E10000002 -> E06000060); the same DfE number (825) and children's services.",
            "The Buckinghamshire (Structural Changes) Order 2019 (SI 2019/957)"),
        new(new LocalDate(2021, 4, 1), [("Northamptonshire", "North Northamptonshire"), ("Northamptonshire", "West Northamptonshire")],
            "Northamptonshire County Council (E10000021, DfE 928) and its seven districts became North Northamptonshire (E06000061, DfE 940) and West Northamptonshire (E06000062, DfE 941); children's services are run for both by Northamptonshire Children's Trust.",
            "The Northamptonshire (Structural Changes) Order 2020 (SI 2020/156)"),
        new(new LocalDate(2023, 4, 1), [("Cumbria", "Cumberland"), ("Cumbria", "Westmorland and Furness")],
            "Cumbria County Council (E10000006, DfE 909) and its six districts became Cumberland (E06000063, DfE 942) and Westmorland and Furness (E06000064, DfE 943).",
            "The Cumbria (Structural Changes) Order 2022 (SI 2022/331)"),
        new(new LocalDate(2023, 4, 1), [("North Yorkshire", "North Yorkshire")],
            "North Yorkshire County Council took over its seven districts' functions: a new GSS code (E10000023 -> E06000065); the same DfE number (815).",
            "The North Yorkshire (Structural Changes) Order 2022 (SI 2022/328)"),
        new(new LocalDate(2023, 4, 1), [("Somerset", "Somerset")],
            "Somerset County Council took over its four districts' functions as Somerset Council: a new GSS code (E10000027 -> E06000066); the same DfE number (933).",
            "The Somerset (Structural Changes) Order 2022 (SI 2022/329)"),
        new(new LocalDate(2025, 4, 1), [("Barnsley", "Barnsley"), ("Sheffield", "Sheffield")],
            "A small change to the boundary between Barnsley and Sheffield (the Oughtibridge Mill development): new GSS codes (Barnsley E08000016 -> E08000038, Sheffield E08000019 -> E08000039); the same councils and DfE numbers (370, 373). Ofsted's tables of 2025 still use the old codes.",
            "The Barnsley and Sheffield (Boundary Change) Order 2024 (SI 2024/1328), in force 1 April 2025"),
    ];
}
