using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// INS001 for an unknown property names the properties there are, as docs/format.md shows (issue 25: the list was
/// once printed as "System.Collections.Immutable.ImmutableArray`1[System.String], 0, 11 and notes").
/// </summary>
public sealed class UnknownPropertyMessageTests
{
    [Fact]
    public void An_unknown_property_of_the_document_lists_the_documents_properties_by_name()
    {
        var diagnostic = InspectionJson.Read("""{"schema":"inspections/v1","framework":"sif-2013","colour":"red"}""").Diagnostics[0];

        Assert.Equal("$.colour", diagnostic.Path);
        Assert.Equal(
            "Unknown property 'colour': the properties of an inspection document are schema, framework, visit, theme, subject, "
            + "fieldwork, published, judgements, notJudged, recommendations, source and notes, and no others are accepted.",
            diagnostic.Message);
        Assert.Equal(
            "error INS001 at $.colour (line 1): Unknown property 'colour': the properties of an inspection document are schema, framework, visit, theme, subject, "
            + "fieldwork, published, judgements, notJudged, recommendations, source and notes, and no others are accepted.",
            diagnostic.ToString());
    }

    [Theory]
    [InlineData("""{"schema":"inspections/v1","subject":{"kind":"local-authority","name":"X","colour":1}}""", "$.subject.colour", "kind", "name", "gss", "la")]
    [InlineData("""{"schema":"inspections/v1","fieldwork":{"start":"2015-01-13","colour":1}}""", "$.fieldwork.colour", "start", "end")]
    [InlineData("""{"schema":"inspections/v1","recommendations":[{"text":"Do it.","colour":1}]}""", "$.recommendations[0].colour", "text", "timescale")]
    public void An_unknown_property_of_a_nested_object_lists_that_objects_properties(string json, string path, params string[] properties)
    {
        var diagnostic = Assert.Single(InspectionJson.Read(json).Diagnostics, d => d.Path == path);

        Assert.Equal(DiagnosticCodes.MalformedDocument, diagnostic.Code);
        Assert.StartsWith("Unknown property 'colour': the properties of ", diagnostic.Message, StringComparison.Ordinal);
        Assert.EndsWith(" and " + properties[^1] + ", and no others are accepted.", diagnostic.Message, StringComparison.Ordinal);
        foreach (string property in properties)
        {
            Assert.Contains(property, diagnostic.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("System.", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("`", diagnostic.Message, StringComparison.Ordinal);
    }
}
