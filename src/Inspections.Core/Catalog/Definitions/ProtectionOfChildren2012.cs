using Inspections.Core.Frameworks;
using Inspections.Core.Inspections;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Catalog.Definitions;

/// <summary><c>protection-of-children-2012</c>: inspections of local authority arrangements for the protection of children.</summary>
internal static class ProtectionOfChildren2012
{
    private static readonly string[] Judgements =
        ["overall-effectiveness", "effectiveness-of-help-and-protection", "quality-of-practice", "leadership-and-governance"];

    public static InspectionFramework Create() =>
        new FrameworkBuilder("protection-of-children-2012", "Inspection of local authority arrangements for the protection of children")
            .Regulator("Ofsted")
            .InForce(new LocalDate(2012, 6, 1), new LocalDate(2013, 10, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointAdequate)
            .Judgement("overall-effectiveness", "Overall effectiveness")
            .Judgement("effectiveness-of-help-and-protection", "Effectiveness of the help and protection provided to children, young people, families and carers")
            .Judgement("quality-of-practice", "Quality of practice")
            .Judgement("leadership-and-governance", "Leadership and governance")
            .VisitType(new VisitType(
                "full-inspection",
                "Inspection of arrangements for the protection of children",
                Judgements,
                Judgements,
                Period.FromWeeks(2),
                "Unannounced (inspectors arrive about an hour after a telephone call)",
                "overall-effectiveness"))
            .Rule(new ForcedGradeRule(
                "inadequate-practice-means-inadequate-overall",
                "overall-effectiveness",
                ["quality-of-practice"],
                "inadequate",
                RuleStrength.Likely,
                "Inadequate quality of practice normally makes overall effectiveness inadequate (Cheshire East, March 2013).",
                "Cheshire East council minutes, 2013 (moderngov.cheshireeast.gov.uk/ecminutes/mgAi.aspx?ID=19802)"))
            .Timescale(Timescales.Immediately)
            .Timescale(Timescales.WithinThreeMonths)
            .Timescale(Timescales.WithinSixMonths)
            .Source("Ofsted, Inspections of local authority arrangements for the protection of children: evaluation schedule and grade descriptors (basw.co.uk/resources/inspections-arrangements-protection-children)")
            .Source("Official statistics covering 1 June 2012 – 31 December 2012 (docest.com/doc/214013/statistical-first-release-template-word)")
            .Source("Bath Chronicle on Bath and North East Somerset, 2013: unannounced, an hour's notice, more than a week on site (trusted362.rssing.com/chan-5467817/article1204.html)")
            .Build();
}
