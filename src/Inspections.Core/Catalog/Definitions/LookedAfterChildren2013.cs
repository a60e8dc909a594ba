using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary>
/// <c>looked-after-children-2013</c>: the five targeted inspections of services for looked after children of
/// summer 2013 (Kent, Medway, Norfolk, Sandwell, Northamptonshire).
/// </summary>
internal static class LookedAfterChildren2013
{
    private static readonly string[] Judgements =
    [
        JudgementIds.OverallEffectiveness,
        JudgementIds.CapacityToImprove,
        JudgementIds.OutcomesForLookedAfterChildren,
        JudgementIds.QualityOfProvision,
        JudgementIds.LeadershipAndManagement,
    ];

    // Ofsted's table gives only overall effectiveness, so only it is required (identifiers.md).
    private static readonly string[] Required = [JudgementIds.OverallEffectiveness];

    public static InspectionFramework Create() =>
        new FrameworkBuilder(FrameworkIds.LookedAfterChildren2013, "Targeted inspection of services for looked after children (2013)")
            .Regulator("Ofsted")
            .Family(FrameworkFamily.LookedAfterChildren)
            .InForce(new LocalDate(2013, 6, 24), new LocalDate(2013, 7, 19))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointAdequate)
            .Judgement(JudgementIds.OverallEffectiveness, "Overall effectiveness of services for looked after children and young people")
            .Judgement(JudgementIds.CapacityToImprove, "Capacity to improve")
            .Judgement(JudgementIds.OutcomesForLookedAfterChildren, "Outcomes for looked after children and young people")
            .Judgement(JudgementIds.QualityOfProvision, "Quality of provision")
            .Judgement(JudgementIds.LeadershipAndManagement, "Leadership and management")
            .VisitType(new VisitType(
                VisitTypeIds.TargetedInspection,
                "Targeted inspection of services for looked after children",
                Judgements,
                Required,
                Period.FromDays(5),
                "Not recorded in the sources",
                JudgementIds.OverallEffectiveness))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Children's social care data in England 2023, table LA_inspections_2009-2023 (published 6 July 2023; Open Government Licence v3.0), columns 'Targeted Looked After Children (TLAC)': five inspections, published 2 August 2013 (Sandwell, inadequate), 16 August 2013 (Norfolk, inadequate) and 23 August 2013 (Kent, adequate, written 'Requires improvement to be good' in the table's recoded words; Medway and Northamptonshire, inadequate); overall effectiveness only")
            .Source("Ofsted's reports (Open Government Licence v3.0; ../shared/data/reports): Sandwell Metropolitan Borough Council, 'Inspection of looked after children services', inspection dates 24 – 28 June 2013, published 2 August 2013; Norfolk County Council, 8 – 12 July 2013, published 16 August 2013; Medway Council, 15-19 July 2013, published 23 August 2013. Each report's 'Record of main findings' grades 'Overall effectiveness', 'Capacity to improve', 'Outcomes for looked after children and young people', 'Quality of provision' and 'Leadership and management', and its 'Areas for improvement' list actions under 'Immediately', 'Within three months' and 'Within six months'")
            .Source("BBC News, 23 August 2013: Northamptonshire's care provision 'inadequate in all categories' following an inspection in July 2013; the report asks for improvement immediately and within six months (bbc.co.uk/news/uk-england-northamptonshire-23808477); Northamptonshire County Council, 23 August 2013: the council's response to the report on services for looked after children (northamptonshire.gov.uk/news/council-news/Pages/2013/Response-to-Ofsted-inspection-of-services-for-looked-after-children.aspx)")
            .Source("Roger Gough (Kent County Council cabinet member), 14 June 2017: Kent's services, 'Inadequate' in 2010, had 'an Adequate rating in 2013' (roger-gough.blogspot.co.uk/2017/06/)")
            .Note("Modelling choice: the five judgements are those of each report's 'Record of main findings' (Sandwell, Norfolk and Medway, 2013). Ofsted's table gives only overall effectiveness, so only it is required; the other four are optional, and a document read from a report gives all five.")
            .Note("Modelling choice: the dates in force are the first and last fieldwork days known: 24 June 2013 (Sandwell's report) to 19 July 2013 (Medway's report, 15-19 July). Kent's and Northamptonshire's reports are not among those read; Northamptonshire's fieldwork was in July 2013 (BBC). UNCONFIRMED: that Kent's fieldwork fell within these dates.")
            .Note("Modelling choice: the usual length is five days, as every report read prints (Monday to Friday: 24 – 28 June, 8 – 12 July, 15-19 July 2013). UNCONFIRMED: the notice.")
            .Note("Modelling choice: the three timescales, as the reports' 'Areas for improvement' print them ('Immediately', 'Within three months', 'Within six months').")
            .Note("Modelling choice: no rules; no source read states how the five judgements relate.")
            .Build();
}
