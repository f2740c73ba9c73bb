namespace Hearth.Library.Naming;

/// <summary>The kinds of extras Plex and Jellyfin recognise beside a movie or show.</summary>
public enum ExtraKind
{
    Trailer,
    Featurette,
    BehindTheScenes,
    DeletedScene,
    Interview,
    Scene,
    Short,
    Clip,
    Other,
}
