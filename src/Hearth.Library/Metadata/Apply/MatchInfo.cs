using Hearth.Core.Metadata;

namespace Hearth.Library.Metadata.Apply;

/// <summary>How a match came about, kept on the item's record beside the metadata it brought.</summary>
public sealed record MatchInfo(double Confidence, string Reason, bool ByPerson, IReadOnlyList<MetadataCandidate> Alternatives);
