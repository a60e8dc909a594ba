using FsCheck;
using FsCheck.Fluent;
using Inspections.Core;
using Inspections.Core.Scales;
using NodaTime;

namespace Inspections.Core.Tests.Frameworks;

/// <summary>
/// Grades for three judgements <c>a</c>, <c>b</c> and <c>c</c> on one of the built-in scales; a judgement may be
/// missing (not graded).
/// </summary>
public sealed record GradedThree(GradingScale Scale, Grade? A, Grade? B, Grade? C)
{
    public JudgementGrades Judgements => JudgementGrades.Create(
        new[] { ("a", A), ("b", B), ("c", C) }.Where(p => p.Item2 is not null).Select(p => (p.Item1, p.Item2!.Id)).ToArray());

    public override string ToString() => $"{Scale.Id}: a={A?.Id ?? "-"}, b={B?.Id ?? "-"}, c={C?.Id ?? "-"}";
}

/// <summary>A day between 1990 and 2045, with the calendar it is written in.</summary>
public sealed record Day(LocalDate Date)
{
    public override string ToString() => $"{Date:yyyy-MM-dd} ({Date.Calendar.Id})";
}

/// <summary>Two days, the first not after the second, as the bounds of a period (the second may be absent).</summary>
public sealed record Bounds(LocalDate Start, LocalDate? End)
{
    public override string ToString() => $"{Start:yyyy-MM-dd}/{(End is { } e ? e.ToString("yyyy-MM-dd", null) : "..")}";
}

/// <summary>FsCheck generators for the framework laws.</summary>
public static class FrameworkLawArbitraries
{
    private static readonly LocalDate Earliest = new(1990, 1, 1);

    public static Arbitrary<GradedThree> GradedThree() =>
        (from scale in Gen.Elements(GradingScales.All.ToArray())
         let grades = scale.Grades.Cast<Grade?>().Append(null).ToArray()
         from a in Gen.Elements(grades)
         from b in Gen.Elements(grades)
         from c in Gen.Elements(grades)
         select new GradedThree(scale, a, b, c)).ToArbitrary();

    public static Arbitrary<Day> Day() => DayGen.ToArbitrary();

    public static Arbitrary<Bounds> Bounds() =>
        (from start in Gen.Choose(0, 20000)
         from length in Gen.Choose(0, 3000)
         from open in Gen.Elements(true, false)
         select new Bounds(Earliest.PlusDays(start), open ? null : Earliest.PlusDays(start + length))).ToArbitrary();

    private static Gen<Day> DayGen =>
        from offset in Gen.Choose(0, 20000)
        from calendar in Gen.Elements(CalendarSystem.Iso, CalendarSystem.Julian, CalendarSystem.Gregorian)
        select new Day(Earliest.PlusDays(offset).WithCalendar(calendar));
}
