using Inspections.Core.Histories;
using Inspections.Core.Scales;
using NodaTime;
using static Inspections.Core.Tests.Histories.Built;

namespace Inspections.Core.Tests.Histories;

/// <summary>"Latest as at": the inspected-by date, the publication cut-off, abolished authorities, distributions.</summary>
public sealed class StateOfTheNationTests
{
    private static readonly GradingScale Ri = GradingScales.FourPointRequiresImprovement;

    [Fact]
    public void The_cut_off_decides_which_inspection_is_the_latest()
    {
        var first = Ilacs(La("Calderdale"), "2022-01-10", "2022-02-20", "requires-improvement");
        var second = Ilacs(La("Calderdale"), "2025-03-10", "2025-05-02", "good");

        var byApril = StateOfTheNation.At([first, second], D("2025-03-31"), D("2025-04-30"));
        var byJune = StateOfTheNation.At([first, second], D("2025-03-31"), D("2025-06-30"));
        var byAtOnly = StateOfTheNation.At([first, second], D("2025-03-31"), null);

        Assert.Same(first, Assert.Single(byApril.Subjects).Entry.Inspection);
        Assert.Same(second, Assert.Single(byJune.Subjects).Entry.Inspection);
        Assert.Same(first, Assert.Single(byAtOnly.Subjects).Entry.Inspection);
        Assert.Equal(D("2025-03-31"), byAtOnly.PublishedBy);
        Assert.Equal(1, byJune.Distributions.Single().CountOf(Ri["good"]));
    }

    [Fact]
    public void Fieldwork_after_the_date_does_not_count_even_when_published_by_the_cut_off()
    {
        var april = Ilacs(La("Calderdale"), "2025-04-01", "2025-05-01", "good");
        Assert.Empty(StateOfTheNation.At([april], D("2025-03-31"), D("2025-12-31")).Subjects);
    }

    [Fact]
    public void An_abolished_authority_is_not_counted_and_its_successors_are_not_yet_inspected()
    {
        var county = Ilacs(La("Northamptonshire", "E10000021"), "2019-06-17", "2019-07-29", "inadequate");
        var before = StateOfTheNation.At([county], D("2020-03-31"), null);
        var after = StateOfTheNation.At([county], D("2022-03-31"), null);

        Assert.Equal("Northamptonshire", Assert.Single(before.Subjects).Name);
        Assert.Empty(after.Subjects);
        Assert.Contains(after.NotYetInspected, a => a.Name == "North Northamptonshire");
        Assert.DoesNotContain(after.NotYetInspected, a => a.Name == "Northamptonshire");
        Assert.Equal(151, before.NotYetInspected.Length + before.Subjects.Length); // 152 in 2009-19, 151 from the Dorset reorganisation to the Northamptonshire one
        Assert.Equal(152, after.NotYetInspected.Length);
    }

    [Fact]
    public void Distributions_count_headline_grades_per_scale_and_leave_ungraded_visits_out()
    {
        var inspections = new[]
        {
            Ilacs(La("Calderdale"), "2022-01-10", "2022-02-20", "good"),
            Ilacs(La("Kirklees"), "2022-01-10", "2022-02-20", "good"),
            Ilacs(La("Bradford"), "2022-01-10", "2022-02-20", "inadequate"),
            Ilacs(La("Leeds"), "2022-02-10", "2022-03-20", "good", "focused-visit"),
            Example("slac-2009-rotherham-2010.json"),
        };

        var state = StateOfTheNation.At(inspections, D("2022-03-31"), null);

        Assert.Equal(["Bradford", "Calderdale", "Kirklees", "Rotherham"], state.Subjects.Select(s => s.Name));
        Assert.Equal([GradingScales.FourPointAdequate, Ri], state.Distributions.Select(d => d.Scale));
        var ri = state.Distributions[1];
        Assert.Equal(3, ri.Total);
        Assert.Equal(2, ri.CountOf(Ri["good"]));
        Assert.Equal(1.0 / 3, ri.ProportionOf(Ri["inadequate"]));
        Assert.Equal(1, state.Distributions[0].Total);
    }

    [Fact]
    public void A_subject_the_register_does_not_know_is_counted_by_its_name()
    {
        var made = Ilacs(La("Ambridge"), "2022-01-10", "2022-02-20", "good");
        var state = StateOfTheNation.At([made], D("2022-03-31"), null);
        var only = Assert.Single(state.Subjects);
        Assert.Equal("Ambridge", only.Name);
        Assert.Null(only.Authority);
    }

    [Fact]
    public void A_cut_off_before_the_date_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => StateOfTheNation.At([], D("2025-03-31"), D("2025-03-30")));
        Assert.Equal("publishedBy", e.ParamName);
    }
}
