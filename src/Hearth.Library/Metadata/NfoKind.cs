namespace Hearth.Library.Metadata;

/// <summary>Which Kodi NFO a file is, from its root element.</summary>
public enum NfoKind
{
    Movie,
    Show,
    Season,
    Episode,
}
