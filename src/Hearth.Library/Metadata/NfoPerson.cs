namespace Hearth.Library.Metadata;

/// <summary>An actor from an NFO's &lt;actor&gt; element.</summary>
public sealed record NfoPerson(string Name, string? Role, int? Order, string? Thumb);
