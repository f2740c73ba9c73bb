namespace Hearth.Web;

/// <summary>
/// What a browser gets at `/` when the web client was not built (a server run from a bare `dotnet build`):
/// where things are, in plain words, instead of a bare 401 from an API route.
/// </summary>
internal static class LandingPage
{
    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Hearth</title>
        <style>
          body { font: 18px/1.5 system-ui, sans-serif; background: #14161a; color: #e8e6e3; max-width: 44rem; margin: 4rem auto; padding: 0 1.5rem; }
          h1 { font-weight: 600; } code { background: #23262d; padding: .1rem .35rem; border-radius: .25rem; }
          a { color: #f0a35e; }
        </style></head>
        <body>
        <h1>Hearth is running</h1>
        <p>The web client is not built into this copy; <code>./hearth up</code> builds it.</p>
        <p>This server answers its native API under <code>/api/v1</code>; the full description is at
        <a href="/openapi/v1.json">/openapi/v1.json</a>, and <a href="/health">/health</a> says whether it is up.</p>
        <p>On a new server, create the admin account with the one-time setup token that <code>./hearth up</code>
        printed (it is also in the file <code>setup-token</code> in the data folder):
        <code>POST /api/v1/setup</code> with <code>{"token", "username", "password"}</code>, or
        <code>./hearth user add NAME --admin --password-stdin</code>.</p>
        </body></html>
        """;

    public static IResult Result() => TypedResults.Content(Html, "text/html; charset=utf-8");
}
