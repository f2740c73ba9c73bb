using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static Hearth.Web.Tests.CatalogApiTests;

namespace Hearth.Web.Tests;

/// <summary>Custom formats pasted as people copy them from Radarr, Sonarr and the TRaSH guides, and profiles edited, over the API.</summary>
public sealed class FormatsApiTests
{
    private const string X265 = """
        {"trash_id":"dc98083864ea246d05a42df0d05f81cc","trash_scores":{"default":-10000},"name":"x265 (HD)","includeCustomFormatWhenRenaming":false,
         "specifications":[{"name":"x265/HEVC","implementation":"ReleaseTitleSpecification","negate":false,"required":true,"fields":{"value":"[xh][ ._-]?265|\\bHEVC(\\b|\\d)"}},
                           {"name":"Not 2160p","implementation":"ResolutionSpecification","negate":true,"required":true,"fields":{"value":2160}}]}
        """;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Formats_are_imported_in_the_arr_shape_refused_with_the_reason_and_exported_back()
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        var imported = await server.Admin.PostAsync("/api/v1/customformats/import?app=radarr", Json(X265));
        var created = (await TestServer.ReadAsync<JsonElement>(imported))[0];
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(("x265 (HD)", -10000), (created.GetProperty("format").GetProperty("name").GetString(), created.GetProperty("suggestedScore").GetInt32()));
        var id = created.GetProperty("format").GetProperty("id").GetInt32();

        // a regex that does not compile: the reason, and nothing saved (all or none)
        var broken = $"[{X265.Replace("x265 (HD)", "Other", StringComparison.Ordinal)}, {{\"name\":\"Broken\",\"specifications\":[{{\"name\":\"b\",\"implementation\":\"ReleaseTitleSpecification\",\"fields\":{{\"value\":\"(unclosed\"}}}}]}}]";
        var refused = await server.Admin.PostAsync("/api/v1/customformats/import?app=radarr", Json(broken));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("The regular expression of 'b' in 'Broken' does not compile: ", (await TestServer.ReadAsync<JsonElement>(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/customformats", TestServer.Json)).GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PostAsync("/api/v1/customformats/import?app=radarr", Json(X265))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await server.Admin.PostAsync("/api/v1/customformats/import?app=lidarr", Json(X265))).StatusCode);

        var exported = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customformats/{id}/export?app=radarr", TestServer.Json);
        var specs = exported.GetProperty("specifications");
        Assert.Equal(("ResolutionSpecification", 2160, true), (specs[1].GetProperty("implementation").GetString(), specs[1].GetProperty("fields").GetProperty("value").GetInt32(), specs[1].GetProperty("negate").GetBoolean()));

        // the stored shape round-trips through PUT
        var stored = await server.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/customformats/{id}", TestServer.Json);
        var renamed = JsonSerializer.Serialize(stored).Replace("x265 (HD)", "x265 in HD", StringComparison.Ordinal);
        var put = await server.Admin.PutAsync($"/api/v1/customformats/{id}", Json(renamed));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("x265 in HD", (await TestServer.ReadAsync<JsonElement>(put)).GetProperty("name").GetString());

        var viewer = await server.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/v1/customformats/import?app=radarr", Json(X265))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.DeleteAsync($"/api/v1/customformats/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_profile_is_added_changed_and_removed_and_every_problem_with_it_named()
    {
        var (server, fake) = await StartAsync();
        await using var _ = server;
        await using var __ = fake;
        var hd = (await server.Admin.GetFromJsonAsync<JsonElement>("/api/v1/profiles/4", TestServer.Json)).GetRawText();
        var copy = hd.Replace("\"HD-1080p\"", "\"Household\"", StringComparison.Ordinal).Replace("\"cutoff\":\"WEB 1080p\"", "\"cutoff\":\"Bluray-1080p\"", StringComparison.Ordinal);
        var added = await server.Admin.PostAsync("/api/v1/profiles", Json(copy));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var profile = await TestServer.ReadAsync<JsonElement>(added);
        Assert.Equal(("Household", "Bluray-1080p"), (profile.GetProperty("name").GetString(), profile.GetProperty("cutoff").GetString()));
        var id = profile.GetProperty("id").GetInt32();

        var bad = copy.Replace("\"cutoff\":\"Bluray-1080p\"", "\"cutoff\":\"Bluray-720p\"", StringComparison.Ordinal).Replace("\"WEBDL-1080p\"", "\"WEBDL-1081p\"", StringComparison.Ordinal);
        var refused = await server.Admin.PutAsync($"/api/v1/profiles/{id}", Json(bad));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var detail = (await TestServer.ReadAsync<JsonElement>(refused)).GetProperty("detail").GetString()!;
        Assert.Contains("'WEBDL-1081p' is no quality Hearth knows", detail, StringComparison.Ordinal);
        Assert.Contains("The cutoff 'Bluray-720p' is not allowed in the profile.", detail, StringComparison.Ordinal);

        await PostAsync(server.Admin, "/api/v1/movies", new { title = "Metropolis", year = 1927, profileId = id }, HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Conflict, (await server.Admin.DeleteAsync($"/api/v1/profiles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Admin.DeleteAsync("/api/v1/profiles/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.DeleteAsync("/api/v1/profiles/1")).StatusCode);
    }
}
