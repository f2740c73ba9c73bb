using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Hearth.Core.Http;

/// <summary>A file from disk as a response, with the validators clients cache and resume by.</summary>
public static class FileResults
{
    /// <summary>
    /// ETag from size and mtime (a changed file gets a new tag without hashing it), Last-Modified, and
    /// HTTP Range when asked; conditional requests and HEAD come from the framework's file result.
    /// </summary>
    public static PhysicalFileHttpResult Physical(FileInfo file, bool ranges, string? contentType = null)
    {
        var lastModified = new DateTimeOffset(file.LastWriteTimeUtc);
        var tag = new EntityTagHeaderValue($"\"{file.Length:x}-{lastModified.ToUnixTimeMilliseconds():x}\"");
        return TypedResults.PhysicalFile(file.FullName, contentType ?? ContentTypes.For(file.Name), lastModified: lastModified, entityTag: tag, enableRangeProcessing: ranges);
    }
}
