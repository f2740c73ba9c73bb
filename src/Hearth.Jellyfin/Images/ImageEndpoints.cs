using Hearth.Core.Access;
using Hearth.Jellyfin.Auth;
using Hearth.Jellyfin.Items;
using Hearth.Library.Items;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using LibraryImages = Hearth.Library.Images;

namespace Hearth.Jellyfin.Images;

/// <summary>
/// Item artwork at Jellyfin's URLs. Image loaders send no token, so a request carrying the item's valid tag is served
/// to anyone (the tag is the capability, see <see cref="ImageTags"/>) and cached for long; without one it takes the
/// caller's token and libraries, as every other route does.
/// </summary>
public static class ImageEndpoints
{
    private const int DefaultQuality = 90;

    // the tag already proved the right to see the item: its row is read without a person's library filter
    private static readonly CallerAccess TagHolder = new(Guid.Empty, "image tag", IsAdmin: false, AllLibraries: true, new HashSet<Guid>());

    public static void MapImageEndpoints(this IEndpointRouteBuilder routes)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        routes.MapMethods("/Items/{itemId}/Images/{imageType}", methods, ImageAsync).AllowAnonymous().AllowTokenInUrl();
        routes.MapMethods("/Items/{itemId}/Images/{imageType}/{imageIndex}", methods, ImageAsync).AllowAnonymous().AllowTokenInUrl();
    }

    private static async Task<IResult> ImageAsync(HttpContext http, ItemQueries queries, LibraryImages.ImageStore images, ImageTags tags, string itemId, string imageType, string? imageIndex)
    {
        var q = new JellyfinQuery(http.Request.Query);
        var row = JellyfinIds.TryParse(itemId, out var id)
            ? (await queries.RowsAsync(TagHolder, [id], http.RequestAborted).ConfigureAwait(false)).GetValueOrDefault(id)
            : null;
        var kind = row is null ? null : ArtworkSource.KindOf(imageType, row.Kind);
        var show = row?.ShowId is { } showId ? (await queries.RowsAsync(TagHolder, [showId], http.RequestAborted).ConfigureAwait(false)).GetValueOrDefault(showId) : null;
        var tagged = row is not null && kind is { } k && tags.IsValid(row, show, k, q.Text("tag"));
        if (!tagged)
        {
            var principal = await SignedIn.CallerAsync(http).ConfigureAwait(false);
            if (principal is null)
            {
                return TypedResults.Unauthorized();
            }

            // a stale or wrong tag from someone signed in is served by their own rights, never by the tag
            if (row is null || !CallerAccess.FromPrincipal(principal).CanSee(row.LibraryId))
            {
                return TypedResults.NotFound();
            }
        }

        // one picture of each kind: Backdrop/0 is the backdrop, any other index is nothing
        if (row is null || kind is not { } imageKind || (imageIndex is not null && imageIndex != "0"))
        {
            return TypedResults.NotFound();
        }

        var served = await LibraryImages.ImageEndpoints.ServeAsync(images, row, imageKind, Box(q, "Width", 7680), Box(q, "Height", 4320), Quality(q), http.RequestAborted).ConfigureAwait(false);
        if (served.Result is PhysicalFileHttpResult)
        {
            // a tag changes with the file, so a tagged URL's bytes never do
            http.Response.Headers.CacheControl = tagged ? "private, max-age=31536000, immutable" : "private, max-age=86400";
        }

        return served;
    }

    // maxWidth, else width, else fillWidth (the apps send one of them); clamped into what the resizer takes, never refused
    private static int? Box(JellyfinQuery q, string side, int max)
    {
        foreach (var name in (string[])[$"max{side}", side, $"fill{side}"])
        {
            if (q.TryInt(name, out var value) && value is { } v)
            {
                return Math.Clamp(v, 16, max);
            }
        }

        return null;
    }

    private static int Quality(JellyfinQuery q) => q.TryInt("quality", out var quality) && quality is { } v ? Math.Clamp(v, 10, 100) : DefaultQuality;
}
