using System.Collections.Concurrent;
using Inspections.Core.Catalog;
using Inspections.Core.Frameworks;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Tests.Catalog;

public sealed class FrameworkCatalogTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;

    [Theory]
    [InlineData(2015, 1, 13, "sif-2013")]
    [InlineData(2023, 1, 16, "ilacs-2023")]
    [InlineData(2026, 4, 27, "ilacs-2026")]
    [InlineData(2008, 10, 1, "apa-2008")]
    [InlineData(2011, 1, 24, "slac-2009")]
    [InlineData(2013, 3, 11, "protection-of-children-2012")]
    [InlineData(2013, 9, 2, "protection-of-children-2012")]
    [InlineData(2018, 8, 1, "ilacs-2018")]
    [InlineData(2012, 5, 31, "slac-2009")]
    [InlineData(2018, 11, 12, "ilacs-2018")]
    public void The_framework_in_force_for_a_local_authority_on_a_date_is_found(int year, int month, int day, string expected)
    {
        var found = Catalog.InForceOn(new LocalDate(year, month, day), SubjectKind.LocalAuthority);

        Assert.Equal(expected, Assert.Single(found).Id);
    }

    [Fact]
    public void A_cafcass_service_area_in_2009_falls_under_cafcass_2009_only()
    {
        var day = new LocalDate(2009, 7, 6);

        Assert.Equal("cafcass-2009", Assert.Single(Catalog.InForceOn(day, SubjectKind.CafcassServiceArea)).Id);
        Assert.Equal("slac-2009", Assert.Single(Catalog.InForceOn(day, SubjectKind.LocalAuthority)).Id);
    }

    [Theory]
    [InlineData(2007, 12, 31)]
    [InlineData(2009, 2, 1)]
    public void No_framework_is_in_force_outside_the_catalog_s_dates(int year, int month, int day)
    {
        Assert.Empty(Catalog.InForceOn(new LocalDate(year, month, day), SubjectKind.LocalAuthority));
    }

    [Theory]
    [InlineData("ilacs-2018", "ilacs-2023", 2023, 1, 1)]
    [InlineData("ilacs-2023", "ilacs-2026", 2026, 4, 1)]
    [InlineData("protection-of-children-2012", "sif-2013", 2013, 11, 1)]
    public void Successive_local_authority_frameworks_meet_without_a_gap_or_overlap(string before, string after, int year, int month, int day)
    {
        var first = new LocalDate(year, month, day);

        Assert.Equal(before, Assert.Single(Catalog.InForceOn(first.PlusDays(-1), SubjectKind.LocalAuthority)).Id);
        Assert.Equal(after, Assert.Single(Catalog.InForceOn(first, SubjectKind.LocalAuthority)).Id);
    }

    // Where Ofsted's record shows inspections under the old framework after the new one began, both are in force.
    [Theory]
    [InlineData("slac-2009", "protection-of-children-2012", 2012, 6, 1, 2012, 7, 31)] // Bexley's SLAC fieldwork, July 2012.
    [InlineData("sif-2013", "ilacs-2018", 2018, 1, 1, 2018, 7, 31)] // Torbay's SIF re-inspection, 11 June – 5 July 2018.
    [InlineData("protection-of-children-2012", "looked-after-children-2013", 2013, 6, 24, 2013, 7, 19)] // Targeted inspections' fieldwork, 24 June - 19 July 2013 (their reports).
    public void On_a_day_of_an_overlap_both_frameworks_are_in_force_oldest_first(
        string older, string newer, int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay)
    {
        var first = new LocalDate(fromYear, fromMonth, fromDay);
        var last = new LocalDate(toYear, toMonth, toDay);

        Assert.Equal([older, newer], Catalog.InForceOn(first, SubjectKind.LocalAuthority).Select(f => f.Id));
        Assert.Equal([older, newer], Catalog.InForceOn(last, SubjectKind.LocalAuthority).Select(f => f.Id));
        Assert.False(Catalog.InForceOn(first.PlusDays(-1), SubjectKind.LocalAuthority).Select(f => f.Id).Intersect([older, newer]).Count() == 2);
        Assert.False(Catalog.InForceOn(last.PlusDays(1), SubjectKind.LocalAuthority).Select(f => f.Id).Intersect([older, newer]).Count() == 2);
    }

    [Fact]
    public void On_16_July_2012_both_slac_and_the_protection_of_children_inspections_were_in_force()
    {
        Assert.Equal(["slac-2009", "protection-of-children-2012"], Catalog.InForceOn(new LocalDate(2012, 7, 16), SubjectKind.LocalAuthority).Select(f => f.Id));
    }

    [Fact]
    public void In_force_during_a_stretch_finds_every_framework_in_force_on_one_of_its_days()
    {
        var first = new LocalDate(2018, 2, 24);
        var last = new LocalDate(2018, 8, 24); // The six months before Torbay's SIF re-inspection was published.

        Assert.Equal(["sif-2013", "ilacs-2018"], Catalog.InForceDuring(first, last, SubjectKind.LocalAuthority).Select(f => f.Id));
        Assert.Equal(["ilacs-2018"], Catalog.InForceDuring(new LocalDate(2018, 8, 1), last, SubjectKind.LocalAuthority).Select(f => f.Id));
        Assert.Equal(["cafcass-2009"], Catalog.InForceDuring(first.PlusYears(-6), last.PlusYears(-6), SubjectKind.CafcassServiceArea).Select(f => f.Id));
        Assert.Empty(Catalog.InForceDuring(new LocalDate(2000, 1, 1), new LocalDate(2007, 12, 31), SubjectKind.LocalAuthority));
        Assert.Throws<ArgumentException>(() => Catalog.InForceDuring(last, first, SubjectKind.LocalAuthority));
        Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.InForceDuring(first, last, (SubjectKind)7));
    }

    [Fact]
    public void The_current_framework_is_open_ended()
    {
        var current = Catalog.Get("ilacs-2026");

        Assert.True(current.InForce.IsOpenEnded);
        Assert.Equal("ilacs-2026", Assert.Single(Catalog.InForceOn(new LocalDate(2040, 1, 1), SubjectKind.LocalAuthority)).Id);
        Assert.Single(Catalog.All, f => f.InForce.IsOpenEnded);
    }

    [Fact]
    public void A_date_in_another_calendar_is_read_as_the_same_day()
    {
        var julian = new LocalDate(2015, 1, 13).WithCalendar(CalendarSystem.Julian);

        Assert.Equal("sif-2013", Assert.Single(Catalog.InForceOn(julian, SubjectKind.LocalAuthority)).Id);
        Assert.True(Catalog.Get("sif-2013").IsInForceOn(julian));
    }

    [Fact]
    public void An_undefined_subject_kind_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Catalog.InForceOn(new LocalDate(2015, 1, 13), (SubjectKind)7));

        Assert.Equal("kind", error.ParamName);
    }

    [Fact]
    public void Lists_the_nine_frameworks_oldest_first()
    {
        Assert.Equal(
            ["apa-2008", "cafcass-2009", "slac-2009", "protection-of-children-2012", "looked-after-children-2013", "sif-2013", "ilacs-2018", "ilacs-2023", "ilacs-2026"],
            Catalog.All.Select(f => f.Id));
    }

    [Fact]
    public void Looks_up_each_framework_by_id()
    {
        foreach (var framework in Catalog.All)
        {
            Assert.Same(framework, Catalog.Get(framework.Id));
            Assert.True(Catalog.TryGet(framework.Id, out var found));
            Assert.Same(framework, found);
        }
    }

    [Theory]
    [InlineData("ilacs-2027")]
    [InlineData("SIF-2013")]
    [InlineData("")]
    public void An_unknown_id_is_not_found_and_Get_names_the_known_ones(string id)
    {
        Assert.False(Catalog.TryGet(id, out var found));
        Assert.Null(found);

        var error = Assert.Throws<KeyNotFoundException>(() => Catalog.Get(id));
        Assert.Contains($"'{id}'", error.Message);
        Assert.Contains("sif-2013", error.Message);
    }

    [Fact]
    public void A_null_id_finds_nothing_and_Get_of_null_throws()
    {
        Assert.False(Catalog.TryGet(null, out _));
        Assert.Throws<ArgumentNullException>(() => Catalog.Get(null!));
    }

    [Fact]
    public void Lookups_allocate_nothing_after_first_use()
    {
        var days = new[] { new LocalDate(2015, 1, 13), new LocalDate(2023, 1, 16), new LocalDate(2026, 4, 27), new LocalDate(2009, 7, 6) };
        string[] ids = ["apa-2008", "sif-2013", "ilacs-2026", "no-such-framework"];
        int found = 0;

        void Lookups()
        {
            var catalog = FrameworkCatalog.Default;
            foreach (var id in ids)
            {
                if (catalog.TryGet(id, out var framework))
                {
                    found += framework.IndexOfJudgement("overall-effectiveness") + 1;
                    found += framework.TryGetVisitType("full-inspection", out _) ? 1 : 0;
                    found += framework.TryGetTimescale("immediately", out _) ? 1 : 0;
                    found += framework.Inspects(SubjectKind.LocalAuthority) ? 1 : 0;
                    found += framework.IsInForceOn(days[0]) ? 1 : 0;
                    found += framework.GetSubJudgements(framework.Judgements[0].Id).Length;
                    found += framework.TryGetJudgement("care-leavers", out _) ? 1 : 0;
                }
            }

            found += catalog.Get("ilacs-2023").Judgements.Length;
            foreach (var day in days)
            {
                found += catalog.InForceOn(day, SubjectKind.LocalAuthority).Length;
                found += catalog.InForceOn(day, SubjectKind.CafcassServiceArea).Length;
            }

            found += catalog.All.Length;
        }

        Lookups();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Lookups();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(found > 0);
    }

    [Fact]
    public void The_default_catalog_is_one_instance_and_answers_the_same_on_every_thread()
    {
        var catalogs = new ConcurrentBag<FrameworkCatalog>();
        var answers = new ConcurrentBag<(LocalDate Day, string[] InForce, int SifJudgements)>();

        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var catalog = FrameworkCatalog.Default;
            catalogs.Add(catalog);
            var day = new LocalDate(2008, 1, 1).PlusDays(i * 97);
            answers.Add((day, catalog.InForceOn(day, SubjectKind.LocalAuthority).Select(f => f.Id).ToArray(), catalog.Get("sif-2013").Judgements.Length));
        });

        Assert.Single(catalogs.Distinct());
        Assert.Equal(64, answers.Count);
        foreach (var (day, inForce, sifJudgements) in answers)
        {
            var expected = Catalog.All.Where(f => f.Inspects(SubjectKind.LocalAuthority) && f.IsInForceOn(day)).Select(f => f.Id);
            Assert.Equal(expected, inForce);
            Assert.Equal(7, sifJudgements);
        }
    }

    [Fact]
    public void A_catalog_with_a_framework_replaced_keeps_the_original_unchanged()
    {
        var mine = new FrameworkBuilder("sif-2013", "My SIF")
            .Regulator("Ofsted")
            .InForce(new LocalDate(2013, 11, 1), new LocalDate(2017, 12, 31))
            .Inspects(SubjectKind.LocalAuthority)
            .Scale(GradingScales.FourPointRequiresImprovement)
            .Judgement("overall-effectiveness", "Overall effectiveness")
            .Judgement("children-who-need-help-and-protection", "Help and protection")
            .Judgement("children-looked-after-and-achieving-permanence", "Looked after")
            .Judgement("experiences-and-progress-of-care-leavers", "Care leavers", "children-looked-after-and-achieving-permanence")
            .Judgement("leadership-management-and-governance", "Leadership")
            .VisitType(new VisitType("full-inspection", "Full", ["overall-effectiveness"], ["overall-effectiveness"], Period.FromWeeks(4), "Short"))
            .Build();

        var replaced = Catalog.WithFramework(mine);

        Assert.Same(mine, replaced.Get("sif-2013"));
        Assert.Equal("My SIF", replaced.Get("sif-2013").Name);
        Assert.NotSame(mine, Catalog.Get("sif-2013"));
        Assert.Equal(Catalog.All.Length, replaced.All.Length);
    }

    [Fact]
    public void A_catalog_rejects_a_succession_naming_a_judgement_the_framework_lacks()
    {
        var error = Assert.Throws<ArgumentException>(() => new FrameworkCatalog(
            Catalog.All,
            [new JudgementSuccession("sif-2013", "adoption", "ilacs-2018", "children-in-care-and-care-leavers", "Adoption folded in.")]));

        Assert.Contains("'adoption'", error.Message);
        Assert.Contains("sif-2013", error.Message);
    }

    [Fact]
    public void A_catalog_rejects_two_frameworks_with_one_id()
    {
        var sif = Catalog.Get("sif-2013");

        var error = Assert.Throws<ArgumentException>(() => new FrameworkCatalog([sif, sif], []));

        Assert.Contains("'sif-2013'", error.Message);
    }
}
