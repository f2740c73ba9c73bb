using System.ComponentModel.DataAnnotations;

namespace Hearth.Acquisition;

/// <summary>The automation's settings (section "Acquisition").</summary>
public sealed class AcquisitionOptions
{
    public const string Section = "Acquisition";

    /// <summary>The language metadata is asked in when adding titles (a BCP 47 tag).</summary>
    [RegularExpression("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$", ErrorMessage = "a language tag such as en-US or de is needed")]
    public string Language { get; set; } = "en-US";

    /// <summary>How often the library's films and shows are adopted into the catalog (they are also at start).</summary>
    public TimeSpan AdoptInterval { get; set; } = TimeSpan.FromMinutes(5);
}
