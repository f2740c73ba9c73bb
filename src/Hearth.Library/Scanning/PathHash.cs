namespace Hearth.Library.Scanning;

/// <summary>FNV-1a over the path's UTF-16 code units: stable across processes, unlike string.GetHashCode.</summary>
public static class PathHash
{
    public static long Of(string path)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        foreach (var c in path)
        {
            hash ^= c;
            hash *= prime;
        }

        return unchecked((long)hash);
    }
}
