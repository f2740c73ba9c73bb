using System.Net.Http.Json;
using System.Text.Json;
using Hearth.Web.Tests;

namespace Hearth.Jellyfin.Tests;

/// <summary>An HTTP client that speaks as a Jellyfin app: the MediaBrowser authorization header, PascalCase JSON.</summary>
internal static class JellyfinClient
{
    public const string Password = "user-password";

    public static HttpClient Anonymous(TestServer server, string? token = null)
    {
        var client = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(server.Url) };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", Header(token));
        return client;
    }

    public static string Header(string? token) =>
        $"MediaBrowser Client=\"Hearth%20Tests\", Device=\"Test%20Shield\", DeviceId=\"test-device-1\", Version=\"0.1.0\"{(token is null ? string.Empty : $", Token=\"{token}\"")}";

    /// <summary>Signs in through /Users/AuthenticateByName and answers a client carrying the token the way the apps do.</summary>
    public static async Task<(HttpClient Client, JsonElement Auth)> SignInAsync(TestServer server, string name, string password)
    {
        using var anonymous = Anonymous(server);
        var response = await anonymous.PostAsJsonAsync("/Users/AuthenticateByName", new { Username = name, Pw = password });
        response.EnsureSuccessStatusCode();
        var auth = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (Anonymous(server, auth.GetProperty("AccessToken").GetString()), auth);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
