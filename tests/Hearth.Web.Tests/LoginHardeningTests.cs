using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hearth.Web.Tests;

/// <summary>Sign-in under concurrency: counts that hold when requests come at once, and answers that reveal nothing.</summary>
public sealed class LoginHardeningTests
{
    private static HttpRequestMessage Login(string name, string password, string? from = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login") { Content = JsonContent.Create(new { username = name, password }) };
        if (from is not null)
        {
            request.Headers.Add("X-Forwarded-For", from);
        }

        return request;
    }

    [Fact]
    public async Task Login_NineWrongPasswordsAtOnce_LockTheAccountAfterFive()
    {
        await using var server = await TestServer.StartAsync(watch: false);

        var answers = await Task.WhenAll(Enumerable.Range(0, 9).Select(i => server.Anonymous.SendAsync(Login("admin", "wrong-password-" + i))));

        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized) <= 5, string.Join(",", answers.Select(a => (int)a.StatusCode)));
        var right = await server.Anonymous.SendAsync(Login("admin", "admin-password"));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task Login_FortyAtOnceFromOneAddress_ChecksAtMostTen()
    {
        await using var server = await TestServer.StartAsync(watch: false);

        // forty different names, so that only the address's budget can stop them
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => server.Anonymous.SendAsync(Login("nobody" + i, "wrong-password"))));

        var checkedCount = answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized);
        Assert.True(checkedCount <= 10, $"{checkedCount} were checked");
        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, $"{(int)a.StatusCode}"));
    }

    [Fact]
    public async Task Login_SuccessOnAnotherAccount_DoesNotResetTheAddressBudget()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.SendAsync(Login("victim" + i, "guess-" + i))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.SendAsync(Login("admin", "admin-password"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.SendAsync(Login("victim9", "guess"))).StatusCode);

        var next = await server.Anonymous.SendAsync(Login("victim10", "guess"));
        Assert.Equal(HttpStatusCode.TooManyRequests, next.StatusCode);
    }

    [Fact]
    public async Task Login_LockedName_AnswersAlikeWhetherOrNotItExists()
    {
        // posing as a proxy on loopback gives each name its own client address, so only the account counts matter
        await using var server = await TestServer.StartAsync(watch: false, trustedProxies: ["127.0.0.1", "::1"]);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.SendAsync(Login("admin", "wrong-" + i, "192.0.2.1"))).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await server.Anonymous.SendAsync(Login("no-such-person", "wrong-" + i, "192.0.2.2"))).StatusCode);
        }

        var real = await server.Anonymous.SendAsync(Login("admin", "wrong-again", "192.0.2.1"));
        var made = await server.Anonymous.SendAsync(Login("no-such-person", "wrong-again", "192.0.2.2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, real.StatusCode);
        Assert.Equal(real.StatusCode, made.StatusCode);
        Assert.Equal(Detail(await real.Content.ReadAsStringAsync()), Detail(await made.Content.ReadAsStringAsync()));
        Assert.NotNull(made.Headers.RetryAfter);
    }

    [Fact]
    public async Task Login_PasswordOfMegabytes_IsRefusedWithoutHashing()
    {
        await using var server = await TestServer.StartAsync(watch: false);
        var huge = new string('x', 1_000_000);

        var login = await server.Anonymous.SendAsync(Login("admin", huge));
        var create = await server.Admin.PostAsJsonAsync("/api/v1/users", new { name = "long", password = new string('y', 1025) });

        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Contains("1024", await create.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // the long attempt cost the account nothing
        Assert.Equal(HttpStatusCode.OK, (await server.Anonymous.SendAsync(Login("admin", "admin-password"))).StatusCode);
    }

    [Fact]
    public async Task CreateUser_SameNameAtOnce_OneCreatedTheOthersConflict()
    {
        await using var server = await TestServer.StartAsync(watch: false);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => server.Admin.PostAsJsonAsync("/api/v1/users", new { name = "twin", password = "twin-password" })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
    }

    [Theory]
    [InlineData("\u0430dmin", "alphabet")]        // Cyrillic а, then Latin
    [InlineData("ad\u200Bmin", "invisible")]      // zero-width space
    [InlineData("admin\u202Egnp", "invisible")]   // right-to-left override
    [InlineData("bell\u0007", "invisible")]
    [InlineData("\uFF42\uFF4F\uFF42", "look-alike")] // full-width "bob"
    [InlineData("two  spaces", "spaces")]
    [InlineData("Zoe\u0308", "accent")]         // ë written as e plus a combining diaeresis, a twin of "Zoë"
    public async Task CreateUser_LookAlikeOrInvisibleName_IsRefused(string name, string reason)
    {
        await using var server = await TestServer.StartAsync(watch: false);

        var answer = await server.Admin.PostAsJsonAsync("/api/v1/users", new { name, password = "user-password" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains(reason, await answer.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Zoë")]
    [InlineData("山田たろう")]
    [InlineData("Ольга")]
    [InlineData("Mum & Dad")]
    public async Task CreateUser_NameInOneAlphabet_IsAccepted(string name)
    {
        await using var server = await TestServer.StartAsync(watch: false);

        var answer = await server.Admin.PostAsJsonAsync("/api/v1/users", new { name, password = "user-password" });

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
    }

    private static string Detail(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString()!;
}
