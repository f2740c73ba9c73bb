using System.ComponentModel.DataAnnotations;

namespace Hearth.Library.Metadata.Matching;

public sealed class MatchingOptions
{
    public const string Section = "Metadata:Matching";

    /// <summary>The score a search hit needs to be taken without a person: below it the item stays Unmatched.</summary>
    [Range(0.5, 1.0)]
    public double Threshold { get; set; } = 0.80;
}
