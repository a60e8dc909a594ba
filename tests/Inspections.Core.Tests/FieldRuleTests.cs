using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Inspections.Core.Tests;

/// <summary>
/// Each field rule has one definition (issue 18): the GSS code and the DfE number on <see cref="InspectionSubject"/>,
/// which the model, the reader and the schema all use. The schema states the GSS rule as a pattern and the model as
/// code, so the two are checked to agree on every string.
/// </summary>
public sealed class FieldRuleTests
{
    private static readonly Regex s_gss = new(InspectionSubject.GssPattern, RegexOptions.CultureInvariant);

    // Strings near the rule: its own characters and a few others, mostly nine long.
    private static readonly Gen<string> NearGss =
        Gen.Choose(7, 11).SelectMany(n => Gen.ArrayOf(Gen.Elements('E', 'e', 'W', '0', '1', '6', '8', '9', '5', ' ', '\n', '٣'), n))
            .Select(cs => new string(cs))
            .Select(s => s.Length > 3 && s[0] != 'E' ? "E" + s[1..] : s);

    [Fact]
    public void The_model_and_the_schema_pattern_agree_on_every_gss_code()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000), Prop.ForAll(NearGss.ToArbitrary(), s =>
            InspectionSubject.IsValidGss(s) == (s_gss.IsMatch(s) && !s.EndsWith('\n'))));
    }

    [Theory]
    [InlineData("E08000033", true)]
    [InlineData("E10000002", true)]
    [InlineData("E07000033", false)]
    [InlineData("E08000033\n", false)]
    [InlineData("E0800003٣", false)]
    public void Real_and_nearly_real_gss_codes(string code, bool valid)
    {
        Assert.Equal(valid, InspectionSubject.IsValidGss(code));
    }

    [Property]
    public bool The_la_number_rule_is_the_range_the_schema_states(long value) =>
        InspectionSubject.IsValidLaNumber(value) == (value >= InspectionSubject.MinLaNumber && value <= InspectionSubject.MaxLaNumber)
        && (InspectionSubject.IsValidLaNumber(value) || Assert.Throws<ArgumentOutOfRangeException>(() => new InspectionSubject(SubjectKind.LocalAuthority, "X", laNumber: (int)Math.Clamp(value, int.MinValue, int.MaxValue))) is not null);

    [Fact]
    public void The_schema_states_the_model_s_rules()
    {
        string schema = Inspections.Core.Serialization.InspectionJsonSchema.Generate();

        Assert.Contains($"\"pattern\": \"{InspectionSubject.GssPattern.Replace("\\", "\\\\", StringComparison.Ordinal)}\"", schema, StringComparison.Ordinal);
        Assert.Contains($"\"minimum\": {InspectionSubject.MinLaNumber}", schema, StringComparison.Ordinal);
        Assert.Contains($"\"maximum\": {InspectionSubject.MaxLaNumber}", schema, StringComparison.Ordinal);
    }
}
