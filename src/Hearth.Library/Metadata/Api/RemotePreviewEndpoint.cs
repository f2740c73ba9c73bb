using Hearth.Core.Access;
using Hearth.Library.Items;
using Hearth.Library.Metadata.Apply;
using Hearth.Library.Metadata.Store;
using Hearth.Library.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Library.Metadata.Api;

/// <summary>
/// A provider's picture shown in the web client (the identify dialog's posters, the picture picker, cast photos).
/// The page's policy lets the browser load pictures only from Hearth, and the household's browsers need not reach
/// the provider, so Hearth fetches the picture once into its data folder and serves it. Only a picture the provider
/// listed for this item or offered in its identify search, or one from the same image host as those, is fetched: Hearth asks no
/// address a client makes up.
/// </summary>
public static class RemotePreviewEndpoint
{
    public static RouteHandlerBuilder MapRemotePreview(this RouteGroupBuilder items) =>
        items.MapGet("/images/remote/preview", GetAsync)
            .WithSummary("One of the provider's pictures for this item (listed, a cast photo, or a candidate's poster), fetched once and served by Hearth");

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> GetAsync(
        HttpContext http, ItemQueries queries, IDbContextFactory<LibraryDb> factory, ImageDownloader images, OfferedPictures offered, Guid id, string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var asked) || asked.Scheme is not ("http" or "https"))
        {
            return TypedResults.Problem("url must be an http or https address", statusCode: StatusCodes.Status400BadRequest);
        }

        var detail = await queries.DetailAsync(CallerAccess.FromPrincipal(http.User), id, http.RequestAborted).ConfigureAwait(false);
        if (detail is null)
        {
            return TypedResults.NotFound();
        }

        await using var db = await factory.CreateDbContextAsync(http.RequestAborted).ConfigureAwait(false);
        var row = await db.ItemMetadata.AsNoTracking().Where(m => m.ItemId == id)
            .Select(m => new { m.RemoteImagesJson, m.AlternativesJson }).FirstOrDefaultAsync(http.RequestAborted).ConfigureAwait(false);
        var known = MetadataJson.Images(row?.RemoteImagesJson).Select(i => i.Url)
            .Concat(MetadataJson.Candidates(row?.AlternativesJson).Select(c => c.PosterUrl))
            .Concat(detail.People.Select(p => p.PhotoUrl))
            .OfType<string>()
            .ToList();
        var hosts = known.Select(k => Uri.TryCreate(k, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Authority) : null).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!offered.Has(id, url) && !known.Contains(url, StringComparer.Ordinal) && !hosts.Contains(asked.GetLeftPart(UriPartial.Authority)))
        {
            return TypedResults.Problem("url is not one of the provider's pictures for this item", statusCode: StatusCodes.Status400BadRequest);
        }

        var path = await images.DownloadAsync(id, "preview", url, http.RequestAborted).ConfigureAwait(false);
        if (path is null)
        {
            return TypedResults.Problem("the picture could not be fetched from the provider", statusCode: StatusCodes.Status502BadGateway);
        }

        http.Response.Headers.CacheControl = "private, max-age=86400";
        return TypedResults.PhysicalFile(path, ContentType(path));
    }

    private static string ContentType(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(head);
        }

        return head[0] == 0x89 ? "image/png" : head[0] == 'R' ? "image/webp" : head[0] == 'G' ? "image/gif" : "image/jpeg";
    }
}

/// <summary>
/// The posters the providers offered in the identify dialog's searches (they are not stored with the item): the
/// preview serves these too. Bounded: past a few thousand the oldest searches are forgotten.
/// </summary>
public sealed class OfferedPictures
{
    private const int Limit = 4096;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(Guid Item, string Url), byte> offered = new();

    public void Add(Guid item, IEnumerable<string?> urls)
    {
        if (offered.Count > Limit)
        {
            offered.Clear();
        }

        foreach (var url in urls.OfType<string>())
        {
            offered.TryAdd((item, url), 0);
        }
    }

    public bool Has(Guid item, string url) => offered.ContainsKey((item, url));
}
