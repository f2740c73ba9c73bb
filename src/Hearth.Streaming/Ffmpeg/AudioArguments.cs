using System.Globalization;

namespace Hearth.Streaming.Ffmpeg;

/// <summary>Audio copy, or AAC with a downmix at proper levels when the device has fewer channels.</summary>
public static class AudioArguments
{
    public static IReadOnlyList<string> Copy(int streamIndex) => ["-map", $"0:{streamIndex}", "-c:a", "copy"];

    /// <param name="sourceChannels">The source's channel count; more than <paramref name="channels"/> means a downmix.</param>
    public static IReadOnlyList<string> Encode(int streamIndex, int sourceChannels, int channels, long bitrate)
    {
        List<string> args = ["-map", $"0:{streamIndex}", "-c:a", "aac", "-b:a", bitrate.ToString(CultureInfo.InvariantCulture)];
        if (Downmix(sourceChannels, channels) is { } filter)
        {
            args.AddRange(["-af", filter]);
        }

        args.AddRange(["-ac", channels.ToString(CultureInfo.InvariantCulture), "-ar", "48000"]);
        return args;
    }

    /// <summary>
    /// Surround to stereo the way a Dolby decoder folds it down: centre and surrounds at -3 dB (0.7071) into
    /// their side, LFE left out, the fronts at full level, so dialogue stays as loud as in the mix. Names
    /// both back and side surrounds, since a 5.1 source has one pair or the other.
    /// </summary>
    public static string? Downmix(int sourceChannels, int channels)
    {
        if (sourceChannels <= channels)
        {
            return null;
        }

        if (channels == 2 && sourceChannels > 2)
        {
            return "pan=stereo|FL=FL+0.7071*FC+0.7071*BL+0.7071*SL|FR=FR+0.7071*FC+0.7071*BR+0.7071*SR";
        }

        if (channels == 1)
        {
            return "pan=mono|c0=0.5*FL+0.5*FR+0.7071*FC";
        }

        // 7.1 to 5.1: the back pair folds into the sides
        return channels == 6 ? "pan=5.1|FL=FL|FR=FR|FC=FC|LFE=LFE|BL=0.7071*BL+0.7071*SL|BR=0.7071*BR+0.7071*SR" : null;
    }
}
