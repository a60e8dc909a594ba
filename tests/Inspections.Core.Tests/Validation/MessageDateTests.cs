using System.Globalization;
using Inspections.Core.Validation;
using NodaTime;

namespace Inspections.Core.Tests.Validation;

/// <summary>Dates in the validator's messages are ISO 8601 whatever the current culture, with the sign of a year before 1 CE.</summary>
public sealed class MessageDateTests
{
    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void A_date_in_a_message_is_iso_in_every_culture(string culture)
    {
        var late = RealInspections.Calderdale2015 with { Published = new LocalDate(2015, 9, 1) };

        string message = InCulture(culture, () => Assert.Single(InspectionValidator.Validate(late), d => d.Code == DiagnosticCodes.UnusualDates).Message);

        Assert.Contains("published on 2015-09-01", message, StringComparison.Ordinal);
        Assert.Contains("ended on 2015-02-04", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_before_1_ce_keeps_its_sign()
    {
        var ancient = RealInspections.Calderdale2015 with { Fieldwork = new Fieldwork(new LocalDate(-4, 1, 13), new LocalDate(-4, 2, 4)), Published = null };

        var message = Assert.Single(InspectionValidator.Validate(ancient), d => d.Code == DiagnosticCodes.FieldworkOutsideFramework).Message;

        Assert.Contains("Fieldwork starts on -0004-01-13", message, StringComparison.Ordinal);
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
