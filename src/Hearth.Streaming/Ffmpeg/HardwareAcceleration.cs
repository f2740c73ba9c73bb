namespace Hearth.Streaming.Ffmpeg;

/// <summary>Which encoder does the video work: the CPU (libx264, the default) or a GPU.</summary>
public enum HardwareAcceleration
{
    None,
    Vaapi,
    Nvenc,
    Qsv,
}

/// <summary>The H.264 encoder and its input-side options for each kind of acceleration.</summary>
public static class HardwareEncoders
{
    public static string H264(HardwareAcceleration acceleration) => acceleration switch
    {
        HardwareAcceleration.Vaapi => "h264_vaapi",
        HardwareAcceleration.Nvenc => "h264_nvenc",
        HardwareAcceleration.Qsv => "h264_qsv",
        _ => "libx264",
    };

    /// <summary>Options before <c>-i</c> that open the device (VAAPI needs its render node).</summary>
    public static IReadOnlyList<string> DeviceArguments(HardwareAcceleration acceleration, string vaapiDevice) => acceleration switch
    {
        HardwareAcceleration.Vaapi => ["-vaapi_device", vaapiDevice],
        HardwareAcceleration.Qsv => ["-init_hw_device", "qsv=hw", "-filter_hw_device", "hw"],
        _ => [],
    };

    /// <summary>The filter that moves software frames onto the GPU at the end of the chain, when the encoder needs it.</summary>
    public static string? Upload(HardwareAcceleration acceleration) => acceleration switch
    {
        HardwareAcceleration.Vaapi => "format=nv12,hwupload",
        HardwareAcceleration.Qsv => "format=nv12,hwupload=extra_hw_frames=64",
        _ => null,
    };
}
