using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hearth.Web;

/// <summary>
/// The server's OpenAPI document, as /openapi/v1.json serves it, written without listening or opening a store:
/// the web client's types are generated from it (web/openapi/v1.json) and ./test checks that it is fresh.
/// </summary>
public static class OpenApiExport
{
    public static async Task WriteAsync(TextWriter output, CancellationToken ct)
    {
        // the server is composed but never started: nothing listens, no store is opened or migrated
        var data = Directory.CreateTempSubdirectory("hearth-openapi-");
        try
        {
            await using var app = HearthServer.Build(new ServerSettings { Data = data.FullName, Port = 0, Demo = false });
            // a host registers its endpoints for the API explorer as it starts; this one never starts, so say it here
            app.UseRouting();
            app.UseEndpoints(_ => { });
            var provider = app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1");
            var document = await provider.GetOpenApiDocumentAsync(ct).ConfigureAwait(false);
            document.SerializeAs(OpenApiSpecVersion.OpenApi3_1, new OpenApiJsonWriter(output));
            await output.WriteLineAsync().ConfigureAwait(false);
            await output.FlushAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }
}
