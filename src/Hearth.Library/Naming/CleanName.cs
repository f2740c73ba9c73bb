namespace Hearth.Library.Naming;

/// <summary>What one folder or file name says about a title.</summary>
internal sealed record CleanName(
    string Title,
    int? Year,
    string? Edition,
    IReadOnlyDictionary<string, string> ProviderIds);
