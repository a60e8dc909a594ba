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
    private static readonly string[] Judgements = [JudgementIds.OverallEffectiveness];

    public static InspectionFramework Create() =>
        new FrameworkBuilder(FrameworkIds.LookedAfterChildren2013, "Targeted inspection of services for looked after children (2013)")
            .Regulator("Ofsted")
            .Family(FrameworkFamily.LookedAfterChildren)
            .InForce(new LocalDate(2013, 6, 1), new LocalDate(2013, 7, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointAdequate)
            .Judgement(JudgementIds.OverallEffectiveness, "Overall effectiveness of services for looked after children")
            .VisitType(new VisitType(
                VisitTypeIds.TargetedInspection,
                "Targeted inspection of services for looked after children",
                Judgements,
                Judgements,
                Period.FromWeeks(2),
                "Not recorded in the sources",
                JudgementIds.OverallEffectiveness))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Children's social care data in England 2023, table LA_inspections_2009-2023 (published 6 July 2023; Open Government Licence v3.0), columns 'Targeted Looked After Children (TLAC)': five inspections, published 2 August 2013 (Sandwell, inadequate), 16 August 2013 (Norfolk, inadequate) and 23 August 2013 (Kent, adequate, written 'Requires improvement to be good' in the table's recoded words; Medway and Northamptonshire, inadequate); overall effectiveness only")
            .Source("BBC News, 23 August 2013: Northamptonshire's care provision 'inadequate in all categories' following an inspection in July 2013; the report asks for improvement immediately and within six months (bbc.co.uk/news/uk-england-northamptonshire-23808477); Northamptonshire County Council, 23 August 2013: the council's response to the report on services for looked after children (northamptonshire.gov.uk/news/council-news/Pages/2013/Response-to-Ofsted-inspection-of-services-for-looked-after-children.aspx)")
            .Source("Roger Gough (Kent County Council cabinet member), 14 June 2017: Kent's services, 'Inadequate' in 2010, had 'an Adequate rating in 2013' (roger-gough.blogspot.co.uk/2017/06/)")
            .Note("UNCONFIRMED: the judgements beyond overall effectiveness. Northamptonshire's report was 'inadequate in all categories' (BBC), so the reports graded more than one judgement, but their names were not found in any source read; only overall effectiveness, which the official table gives for all five, is modelled. A later version may add the others as optional judgements.")
            .Note("UNCONFIRMED: the dates in force. The official table gives publication dates only (2–23 August 2013); Northamptonshire's fieldwork was in July 2013 (BBC). The definition runs from 1 June to 31 July 2013, the months whose fieldwork a report published in August could come from; it lies within the protection of children framework's dates.")
            .Note("UNCONFIRMED: the usual length (two weeks, as the protection of children inspections of the time) and the notice.")
            .Note("Modelling choice: the three timescales. Northamptonshire's report asks for some improvements immediately and others within six months (BBC); 'within three months' is allowed as in the other reports of the era.")
            .Note("Modelling choice: no rules; with one judgement there is nothing for a rule to relate.")
            .Build();
}
