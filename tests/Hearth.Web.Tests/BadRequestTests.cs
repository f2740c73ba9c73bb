using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Hearth.Web.Tests;

/// <summary>A request the server cannot read gets a ProblemDetails that says what was wrong and where.</summary>
public sealed class BadRequestTests(BadRequestTests.Server shared) : IClassFixture<BadRequestTests.Server>
{
    public sealed class Server : SharedServer
    {
        protected override Task PrepareAsync(TestServer server) => Task.CompletedTask;
    }

    private TestServer S => shared.Server;

    [Fact]
    public async Task Login_BodyCutShort_400SaysWhere()
    {
        var response = await S.Anonymous.PostAsync("/api/v1/auth/login", new StringContent("{\"username\":\"x\",", Encoding.UTF8, "application/json"));

        var detail = await DetailAsync(response, HttpStatusCode.BadRequest);
        Assert.True(detail.Contains("JSON body", StringComparison.Ordinal), detail);
        Assert.True(detail.Contains("line 1", StringComparison.Ordinal), detail);
    }

    [Fact]
    public async Task Items_LimitBeyondAnInteger_400NamesTheParameter()
    {
        var response = await S.Admin.GetAsync("/api/v1/items?limit=99999999999999999999");

        var detail = await DetailAsync(response, HttpStatusCode.BadRequest);
        Assert.True(detail.Contains("'limit'", StringComparison.Ordinal), detail);
        Assert.True(detail.Contains("whole number", StringComparison.Ordinal), detail);
    }

    [Fact]
    public async Task UsersPatch_StringForABoolean_400NamesTheField()
    {
        var user = await TestServer.ReadAsync<JsonElement>(await S.Admin.PostAsJsonAsync("/api/v1/users", new { name = "patchme", password = "user-password" }));
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/users/{user.GetProperty("id").GetGuid()}")
        {
            Content = new StringContent("{\"isAdmin\":\"yes\"}", Encoding.UTF8, "application/json"),
        };

        var detail = await DetailAsync(await S.Admin.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.True(detail.Contains("$.isAdmin", StringComparison.Ordinal), detail);
        Assert.True(detail.Contains("true or false", StringComparison.Ordinal), detail);
    }

    [Fact]
    public async Task Login_BodyNotJson_415()
    {
        var response = await S.Anonymous.PostAsync("/api/v1/auth/login", new StringContent("username=x&password=y", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnknownApiRoute_Post_StillNotFound()
    {
        var response = await S.Admin.PostAsync("/api/v1/no-such-thing", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task UnknownApiRoute_Anonymous_NotFoundNotUnauthorized()
    {
        var response = await S.Anonymous.GetAsync("/api/v1/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Login_WrongMethod_405()
    {
        var response = await S.Anonymous.DeleteAsync("/api/v1/auth/login");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString() ?? string.Empty;
    }
}
