using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Hearth.Streaming.Hls;

/// <summary>What kind of failure a <see cref="TranscodeException"/> is; it decides the HTTP answer.</summary>
public enum TranscodeFailure
{
    /// <summary>The file cannot be streamed as asked, or the transcoder could not make it.</summary>
    Failed,

    /// <summary>ffmpeg stopped again and again without writing a segment; the log has why.</summary>
    Stopped,

    /// <summary>The segment did not come in time.</summary>
    Timeout,

    /// <summary>The transcode folder's disk has no room (ENOSPC).</summary>
    DiskFull,
}

/// <summary>
/// The transcoder could not make what was asked. The message goes to the client as it is, so it is always
/// composed here in words: never a server path, never ffmpeg's own output (those go to the log).
/// </summary>
public sealed class TranscodeException(string message, TranscodeFailure failure = TranscodeFailure.Failed) : Exception(message)
{
    public TranscodeFailure Failure { get; } = failure;

    /// <summary>The problem a client gets for it (507 for a full disk, else 500).</summary>
    public ProblemHttpResult ToProblem() => Failure == TranscodeFailure.DiskFull
        ? TypedResults.Problem(Message, statusCode: StatusCodes.Status507InsufficientStorage, title: "Disk full")
        : TypedResults.Problem(Message, statusCode: StatusCodes.Status500InternalServerError, title: "Transcoding failed");
}
