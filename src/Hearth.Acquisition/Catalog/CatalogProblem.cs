namespace Hearth.Acquisition.Catalog;

/// <summary>Why a change to the catalog was refused: an HTTP status, a title, a sentence, and the title it clashes with.</summary>
public sealed record CatalogProblem(int Status, string Title, string Detail, int? ExistingId = null)
{
    public static CatalogProblem BadInput(string detail) => new(400, "The request cannot be used", detail);

    public static CatalogProblem Provider(string provider, string detail) =>
        new(502, $"{provider} could not be asked", $"{detail} Nothing was added or changed.");
}
