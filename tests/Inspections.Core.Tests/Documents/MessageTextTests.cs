using System.Text;
using Inspections.Core.Documents;
using Inspections.Core;
using Inspections.Core.Serialization;
using Inspections.Core.Validation;

namespace Inspections.Core.Tests.Documents;

/// <summary>Shortening a quoted value never cuts a character in two (issue 19, item 5).</summary>
public sealed class MessageTextTests
{
    private static readonly string s_59AndAnEmoji = new string('a', 59) + "\U0001F600" + "tail";

    [Fact]
    public void Shortening_keeps_a_surrogate_pair_whole_or_leaves_it_out_whole()
    {
        string shortened = MessageText.Shorten(s_59AndAnEmoji);

        Assert.Equal(new string('a', 59) + "…", shortened);
        Assert.True(IsWellFormed(shortened));
        Assert.Equal(new string('a', 59) + "\U0001F600…", MessageText.Shorten(s_59AndAnEmoji, 61));
        Assert.Equal("abc", MessageText.Shorten("abc"));
    }

    [Fact]
    public void A_validation_message_quoting_a_long_id_holds_no_broken_character()
    {
        var inspection = InspectionJson.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "sif-2013-calderdale-2015.json")))
            with { FrameworkId = s_59AndAnEmoji };

        var diagnostic = Assert.Single(InspectionValidator.Validate(inspection), d => d.Code == DiagnosticCodes.UnknownFramework);

        Assert.True(IsWellFormed(diagnostic.Message), diagnostic.Message);
        Assert.Contains(new string('a', 59) + "…", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reading_message_quoting_a_long_name_holds_no_broken_character()
    {
        string json = "{\"schema\":\"inspections/v1\",\"" + s_59AndAnEmoji + "\":1}";

        var diagnostic = InspectionJson.Read(json).Diagnostics[0];

        Assert.Equal(DiagnosticCodes.MalformedDocument, diagnostic.Code);
        Assert.True(IsWellFormed(diagnostic.Message), diagnostic.Message);
    }

    private static bool IsWellFormed(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
