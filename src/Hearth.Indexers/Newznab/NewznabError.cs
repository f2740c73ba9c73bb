using System.Globalization;
using Hearth.Core.Indexers;

namespace Hearth.Indexers.Newznab;

/// <summary>An <c>&lt;error code="…" description="…"/&gt;</c> document, as the Newznab API answers failures.</summary>
public sealed record NewznabError(int Code, string Description)
{
    public static NewznabError FromAttributes(string? code, string? description) =>
        new(int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : 900, description ?? "unknown error");

    /// <summary>Codes 100–199 are about the account: credentials, suspension, privileges.</summary>
    public bool IsAuthError => Code is >= 100 and <= 199;

    public IndexerException ToException() => IsAuthError
        ? new IndexerException(IndexerOutcome.Auth, $"The indexer refused the API key (error {Code}: {Description}).")
        : new IndexerException(IndexerOutcome.IndexerError, $"The indexer answered error {Code}: {Description}.");
}
