using System.Collections.Immutable;

namespace Inspections.Core.FsCheck;

/// <summary>Realistic names, codes and texts the generators draw on.</summary>
internal static class SampleData
{
    /// <summary>
    /// Local authorities with their ONS GSS code and DfE number, from the project's Provider_data_lookup.csv
    /// (JT-39/ofsted-ilacs-scrape-tool). Some codes are the current ones (North Yorkshire and Somerset became
    /// unitary in 2023), which is fine for generated data: validation does not check codes against names.
    /// </summary>
    public static ImmutableArray<(string Name, string Gss, int La)> LocalAuthorities { get; } =
    [
        ("Barnet", "E09000003", 302),
        ("Bath and North East Somerset", "E06000022", 800),
        ("Birmingham", "E08000025", 330),
        ("Bradford", "E08000032", 380),
        ("Calderdale", "E08000033", 381),
        ("Cambridgeshire", "E10000003", 873),
        ("Cheshire East", "E06000049", 895),
        ("Doncaster", "E08000017", 371),
        ("Essex", "E10000012", 881),
        ("Gateshead", "E08000037", 390),
        ("Haringey", "E09000014", 309),
        ("Harrow", "E09000015", 310),
        ("Isles of Scilly", "E06000053", 420),
        ("Leeds", "E08000035", 383),
        ("Liverpool", "E08000012", 341),
        ("Manchester", "E08000003", 352),
        ("Milton Keynes", "E06000042", 826),
        ("Newham", "E09000025", 316),
        ("Norfolk", "E10000020", 926),
        ("Peterborough", "E06000031", 874),
        ("Reading", "E06000038", 870),
        ("Redbridge", "E09000026", 317),
        ("Rotherham", "E08000018", 372),
        ("Slough", "E06000039", 871),
        ("St. Helens", "E08000013", 342),
        ("Surrey", "E10000030", 936),
        ("Wirral", "E08000015", 344),
        ("York", "E06000014", 816),
    ];

    /// <summary>Cafcass service areas named in reports of 2008–2010.</summary>
    public static ImmutableArray<string> CafcassServiceAreas { get; } =
    [
        "Birmingham and Black Country",
        "Durham and Tees Valley",
        "East Midlands",
        "Greater London",
        "Near South West",
        "North and South of Tyne",
        "North Yorkshire and Humberside",
        "South Yorkshire",
    ];

    /// <summary>Recommendation texts in the style of the reports.</summary>
    public static ImmutableArray<string> RecommendationTexts { get; } =
    [
        "Reduce the time it takes to complete adoptions.",
        "Ensure that all assessments are completed within timescales that meet children's needs.",
        "Improve the quality and consistency of management oversight and supervision.",
        "Ensure that children's plans are specific, measurable and reviewed regularly.",
        "Strengthen the response to children who go missing from home or care.",
        "Ensure that care leavers have up-to-date pathway plans.",
        "Improve the timeliness of initial child protection conferences.",
    ];

    /// <summary>
    /// The themes of ILACS focused and monitoring visits, as Ofsted's in-year tables write them
    /// (../shared/data/ofsted/la_in_year_inspections_2022_23.csv and 2024_25.csv; Open Government Licence v3.0).
    /// </summary>
    public static ImmutableArray<string> Themes { get; } =
    [
        "Achieving permanence",
        "Care leavers",
        "Children in care",
        "Children in need/subject to a plan",
        "Front door",
        "Vulnerable adolescents",
    ];

    /// <summary>Free-text notes.</summary>
    public static ImmutableArray<string> Notes { get; } =
    [
        "Grades transcribed from the published report.",
        "Publication date taken from the report's front page.",
        "Fieldwork dates as printed; the report gives no notice period.",
        "Entered by hand; check against the PDF.",
    ];
}
