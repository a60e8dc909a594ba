using Inspections.Core.Catalog;
using Inspections.Core.Inspections;
using NodaTime;

namespace Inspections.Core.Tests.Catalog;

public sealed class FrameworkCatalogTests
{
    [Theory]
    [InlineData(2015, 1, 13, "sif-2013")]
    [InlineData(2023, 1, 16, "ilacs-2023")]
    [InlineData(2026, 4, 27, "ilacs-2026")]
    public void The_framework_in_force_for_a_local_authority_on_a_date_is_found(int year, int month, int day, string expected)
    {
        var found = FrameworkCatalog.Default.InForceOn(new LocalDate(year, month, day), SubjectKind.LocalAuthority);

        Assert.Equal(expected, Assert.Single(found).Id);
    }
}
