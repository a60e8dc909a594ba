using Inspections.Core.Authorities;

namespace Inspections.Data.Tests;

/// <summary>
/// Issue 24 item 5: the record is found by anything the register accepts, or refused loudly, naming what was asked.
/// </summary>
public sealed class OfficialRecordLookupTests
{
    [Theory]
    [InlineData("Calderdale")]
    [InlineData("calderdale council")]
    [InlineData("E08000033")]
    [InlineData("381")]
    public void Calderdale_is_found_by_name_code_or_number(string key)
    {
        var expected = OfficialRecord.Inspections.Where(i => i.Subject.GssCode == "E08000033").ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, OfficialRecord.OfAuthority(key));
        Assert.True(OfficialRecord.TryOfAuthority(key, out var found));
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Buckinghamshire_is_found_by_its_old_county_code_as_by_its_new_one()
    {
        var byOld = OfficialRecord.OfAuthority("E10000002");
        var byNew = OfficialRecord.OfAuthority("E06000060");

        Assert.True(byNew.SequenceEqual(byOld), $"{byNew.Length} by the new code, {byOld.Length} by the old: {string.Join("; ", byNew.Except(byOld))} / {string.Join("; ", byOld.Except(byNew))}");
        Assert.NotEmpty(byOld);
        Assert.Equal(OfficialRecord.Inspections.Count(i => i.Subject.GssCode is "E10000002" or "E06000060"), byOld.Length);
    }

    [Fact]
    public void An_authority_the_register_does_not_know_is_refused_naming_what_was_asked()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => OfficialRecord.OfAuthority("Calderdail"));

        Assert.Contains("'Calderdail'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Calderdale", error.Message, StringComparison.Ordinal);
        Assert.False(OfficialRecord.TryOfAuthority("E99999999", out var none));
        Assert.True(none.IsEmpty);
        Assert.False(OfficialRecord.TryOfAuthority(null, out _));
    }

    [Fact]
    public void Every_authority_of_the_register_finds_exactly_the_record_lines_matched_to_it()
    {
        var register = LocalAuthorityRegister.Default;
        int total = register.Authorities.Sum(a => OfficialRecord.OfAuthority(a.GssCode).Length);

        Assert.Equal(OfficialRecord.Inspections.Length, total);
    }
}
