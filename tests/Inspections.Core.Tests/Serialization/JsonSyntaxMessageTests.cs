using System.Globalization;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Serialization;

/// <summary>
/// INS001 for JSON that cannot be read says what is wrong in the library's own words, worked out from the bytes and
/// the reader's position, not from System.Text.Json's exception text (which a localised runtime changes): the same
/// under any culture.
/// </summary>
public sealed class JsonSyntaxMessageTests
{
    [Theory]
    [InlineData("{'schema': 'inspections/v1'}", "Not valid JSON: ''' is an invalid start of a property name.")]
    [InlineData("{\"schema\": \"inspections/v1\", // comment\n}", "Not valid JSON: '/' is an invalid start of a property name.")]
    [InlineData("{\"schema\": NaN}", "Not valid JSON: 'N' is an invalid start of a value.")]
    [InlineData("{\"schema\": \"inspections/v1\",}", "Not valid JSON: a trailing comma before '}': JSON allows none.")]
    [InlineData("{\"schema\": \"inspections/v1\"} x", "Not valid JSON: 'x' is invalid after a single JSON value.")]
    [InlineData("{\"schema\": \"inspections/v1\"", "Not valid JSON: the document reached end of data with an open JSON object or array.")]
    [InlineData("{\"schema\": \"inspections/v1\" \"framework\": \"sif-2013\"}", "Not valid JSON: '\"' is invalid after a value: expected ',' or '}'.")]
    [InlineData("{\"schema\": \"inspections/v1\", \"framework\": \"sif\\q\"}", "Not valid JSON: 'q' is an invalid escapable character: a JSON escape is one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.")]
    [InlineData("{\"schema\": \"inspections/v1\", \"framework\": \"sif\u0001\"}", "Not valid JSON: '0x01' is invalid within a JSON string: a control character must be written as an escape (such as \\n or \\u0001).")]
    public void Unreadable_json_is_described_from_its_bytes(string json, string message)
    {
        var diagnostic = Assert.Single(InspectionJson.Read(json).Diagnostics, d => d.Code == DiagnosticCodes.MalformedDocument);

        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void The_description_is_the_same_under_any_culture()
    {
        const string json = "{\"schema\": \"inspections/v1\",}";
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            string english = InspectionJson.Read(json).Diagnostics[0].Message;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");

            Assert.Equal(english, InspectionJson.Read(json).Diagnostics[0].Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = beforeUi;
            CultureInfo.CurrentCulture = before;
        }
    }
}
