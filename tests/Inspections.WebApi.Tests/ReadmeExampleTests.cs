using System.Net;
using System.Text.Json.Nodes;
using Inspections.Core.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inspections.WebApi.Tests;

/// <summary>The README's 200-with-a-warning answer is the API's answer for the file it names, which is valid with a warning.</summary>
public sealed class ReadmeExampleTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string File = "samples/Inspections.WebApi/requests/valid-with-a-warning.json";

    [Fact]
    public async Task The_README_s_200_answer_is_the_answer_for_a_valid_document_with_a_warning()
    {
        byte[] bytes = await System.IO.File.ReadAllBytesAsync(RepositoryPaths.File(File));
        var read = InspectionJson.Read(bytes);
        Assert.True(read.IsValid);
        Assert.Equal(1, read.Diagnostics.WarningCount);
        string readme = RepositoryPaths.Read("samples/Inspections.WebApi/README.md");
        Assert.Contains($"@{File}", readme, StringComparison.Ordinal);

        using var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var response = await factory.CreateClient().PostAsync("/inspections/validate", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var actual = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(JsonNode.DeepEquals(Block(readme, "### 200: valid"), actual), $"The README shows another answer; the API gives:\n{actual}");
    }

    private static JsonNode? Block(string readme, string heading)
    {
        int at = readme.IndexOf(heading, StringComparison.Ordinal);
        int start = readme.IndexOf("```json\n", at, StringComparison.Ordinal) + "```json\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        return JsonNode.Parse(readme[start..end]);
    }
}
