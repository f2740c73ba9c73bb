using System.Text.RegularExpressions;
using Hearth.Library.Metadata.Providers;
using Hearth.Library.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Library.Metadata.Apply;

/// <summary>
/// The household's language and country for metadata (<c>Metadata:Language</c>, <c>Metadata:Country</c>): which
/// titles, overviews and pictures to ask for, and whose certification to show. Read at each use, so a change in
/// Settings applies to the next refresh. A library may have a language of its own (a German films library in an
/// English household): then that one is asked for, and the server's is the fallback of its pictures.
/// </summary>
public sealed partial class MetadataLocale(IOptionsMonitor<MetadataOptions> options, IDbContextFactory<LibraryDb> factory)
{
    public string Language => options.CurrentValue.Language is { Length: > 0 } l ? l : "en-US";

    /// <summary>Whether <paramref name="tag"/> is a language tag as the settings take it ("en-US", "de", "pt-BR").</summary>
    public static bool IsLanguageTag(string tag) => LanguageTag().IsMatch(tag);

    /// <summary>The language of the library's metadata: its own, else the server's.</summary>
    public async Task<string> LanguageOfAsync(Guid libraryId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var own = await db.Libraries.AsNoTracking().Where(l => l.Id == libraryId).Select(l => l.Language).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(own) ? Language : own;
    }

    public string Country => options.CurrentValue.Country is { Length: > 0 } c ? c : "US";

    /// <summary>Whether a TMDB key is set (its value is never read out here).</summary>
    public bool HasTmdbKey => !string.IsNullOrWhiteSpace(options.CurrentValue.Tmdb.ApiKey);

    [GeneratedRegex(MetadataOptions.LanguageTagPattern)]
    private static partial Regex LanguageTag();
}
