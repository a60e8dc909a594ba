using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>protection-of-children-2012</c>: inspections of local authority arrangements for the protection of children.</summary>
internal static class ProtectionOfChildren2012
{
    private static readonly string[] Judgements =
        [JudgementIds.OverallEffectiveness, JudgementIds.EffectivenessOfHelpAndProtection, JudgementIds.QualityOfPractice, JudgementIds.LeadershipAndGovernance];

    private static readonly string[] Required = [JudgementIds.OverallEffectiveness];

    public static InspectionFramework Create() =>
        new FrameworkBuilder(FrameworkIds.ProtectionOfChildren2012, "Inspection of local authority arrangements for the protection of children")
            .Regulator("Ofsted")
            .Family(FrameworkFamily.ProtectionOfChildren)
            .InForce(new LocalDate(2012, 6, 1), new LocalDate(2013, 10, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointAdequate)
            .Judgement(JudgementIds.OverallEffectiveness, "Overall effectiveness")
            .Judgement(JudgementIds.EffectivenessOfHelpAndProtection, "Effectiveness of the help and protection provided to children, young people, families and carers")
            .Judgement(JudgementIds.QualityOfPractice, "Quality of practice")
            .Judgement(JudgementIds.LeadershipAndGovernance, "Leadership and governance")
            .VisitType(new VisitType(
                VisitTypeIds.FullInspection,
                "Inspection of arrangements for the protection of children",
                Judgements,
                Required,
                Period.FromWeeks(2),
                "Unannounced: inspectors arrive about an hour after a telephone call",
                JudgementIds.OverallEffectiveness))
            .VisitType(new VisitType(
                VisitTypeIds.ReInspection,
                "Re-inspection of arrangements for the protection of children",
                Judgements,
                Required,
                Period.FromWeeks(2),
                "Unannounced: inspectors arrive about an hour after a telephone call",
                JudgementIds.OverallEffectiveness))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Children's social care data in England 2023, table LA_inspections_2009-2023 (published 6 July 2023; Open Government Licence v3.0): the overall effectiveness and publication date of each child protection inspection (50, published 13 July 2012 – 16 August 2013) and of the one child protection re-inspection (Calderdale, published 26 July 2013, inadequate)")
            .Source("Express & Star, 5 August 2013: Walsall's child protection inspection was 'a two-week inspection in June and July' 2013, published 2 August 2013 (expressandstar.com/news/2013/08/05/childrens-services-must-improve-again-say-ofsted/)")
            .Source("Ofsted, Inspections of local authority arrangements for the protection of children: evaluation schedule and grade descriptors (basw.co.uk/resources/inspections-arrangements-protection-children)")
            .Source("Ofsted official statistics covering 1 June 2012 – 31 December 2012, published 24 January 2013 (docest.com/doc/214013/statistical-first-release-template-word)")
            .Source("Bath Chronicle on Bath and North East Somerset, 2013: unannounced, inspectors arrived an hour after a telephone call, more than a week on site (trusted362.rssing.com/chan-5467817/article1204.html)")
            .Source("Seed document on Bath and North East Somerset, inspected 4–13 March 2013: adequate in all four judgements; improvements required immediately, within three months and within six months (shared/domain/frameworks.md, 'What the seed documents themselves establish')")
            .Source("Cheshire East Council minutes, 2013: the four judgements and the March 2013 outcome (moderngov.cheshireeast.gov.uk/ecminutes/mgAi.aspx?ID=19802)")
            .Note("Modelling choice: in force from 1 June 2012 (the official statistics' first day) to 31 October 2013, the day before the single inspection framework (November 2013). The last reports in the official table were published on 16 August 2013 (Wiltshire) and the re-inspection on 26 July 2013 (Calderdale), so the end date covers all the fieldwork the record shows; it overlaps SLAC's last inspections in June and July 2012.")
            .Note("Modelling choice: a re-inspection ('re-inspection', Calderdale 2013) grades what the full inspection grades.")
            .Note("Modelling choice: only overall effectiveness is required. Every report read grades all four judgements (Cheshire East, Bath and North East Somerset), but Ofsted's official table records the 50 inspections and the re-inspection by overall effectiveness alone, and a record made from Ofsted's table must be valid; the other three are optional.")
            .Note("Modelling choice: no rules. Cheshire East (11–20 March 2013: quality of practice inadequate, overall inadequate) suggested that inadequate practice makes overall effectiveness inadequate, but Ofsted's official table gives only overall effectiveness for these inspections, so no rule between the judgements can be checked against the official record; the former 'likely' rule 'inadequate-practice-means-inadequate-overall' was removed.")
            .Note("UNCONFIRMED: the long-form names of the judgements; Cheshire East's minutes say 'Effectiveness of Help, quality of practice and leadership and governance'.")
            .Note("UNCONFIRMED: a nominal two weeks on site. Cheshire East (11–20 March 2013) and Bath and North East Somerset (4–13 March 2013) each ran ten days, and Bath and North East Somerset was 'more than a week'; the usual length is two weeks.")
            .Note("UNCONFIRMED: any rule on quality of practice. Cheshire East is the one published case; of the first 39 inspections, 33% were inadequate and 75% of those inadequate in every judgement (Cheshire East minutes).")
            .Build();
}
