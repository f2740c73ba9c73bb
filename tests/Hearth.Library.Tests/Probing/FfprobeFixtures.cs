namespace Hearth.Library.Tests.Probing;

/// <summary>
/// ffprobe outputs written after its documented JSON shape (-show_format -show_streams), trimmed to the
/// fields the mapper reads plus a few it must ignore.
/// </summary>
internal static class FfprobeFixtures
{
    public const string Hdr10Hevc = """
        {
          "streams": [
            {
              "index": 0, "codec_name": "hevc", "profile": "Main 10", "codec_type": "video",
              "codec_tag_string": "[0][0][0][0]", "width": 3840, "height": 2160, "pix_fmt": "yuv420p10le",
              "level": 153, "color_range": "tv", "color_space": "bt2020nc", "color_transfer": "smpte2084",
              "color_primaries": "bt2020", "r_frame_rate": "24000/1001", "avg_frame_rate": "24000/1001",
              "disposition": { "default": 1, "forced": 0, "attached_pic": 0 },
              "tags": { "BPS": "52000000", "DURATION": "01:58:03.120000000" },
              "side_data_list": [ { "side_data_type": "Mastering display metadata" } ]
            },
            {
              "index": 1, "codec_name": "eac3", "codec_type": "audio", "sample_rate": "48000", "channels": 6,
              "channel_layout": "5.1(side)", "disposition": { "default": 1 }, "tags": { "language": "eng" }
            }
          ],
          "format": { "filename": "movie.mkv", "format_name": "matroska,webm", "duration": "7083.120000", "bit_rate": "54000000" }
        }
        """;

    public const string DolbyVisionProfile8 = """
        {
          "streams": [
            {
              "index": 0, "codec_name": "hevc", "profile": "Main 10", "codec_type": "video", "codec_tag_string": "hvc1",
              "width": 3840, "height": 1608, "pix_fmt": "yuv420p10le", "level": 150, "color_transfer": "smpte2084",
              "color_primaries": "bt2020", "r_frame_rate": "24/1", "avg_frame_rate": "24/1", "bit_rate": "18000000",
              "disposition": { "default": 1 },
              "side_data_list": [
                {
                  "side_data_type": "DOVI configuration record", "dv_version_major": 1, "dv_version_minor": 0,
                  "dv_profile": 8, "dv_level": 6, "rpu_present_flag": 1, "el_present_flag": 0, "bl_present_flag": 1,
                  "dv_bl_signal_compatibility_id": 1
                }
              ]
            },
            {
              "index": 1, "codec_name": "truehd", "codec_type": "audio", "sample_rate": "48000", "channels": 8,
              "channel_layout": "7.1", "disposition": { "default": 1 }, "tags": { "language": "eng", "title": "Atmos" }
            }
          ],
          "format": { "format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "6000.5", "bit_rate": "20000000" }
        }
        """;

    public const string Hdr10PlusAndHlg = """
        {
          "streams": [
            {
              "index": 0, "codec_name": "hevc", "codec_type": "video", "width": 1920, "height": 1080,
              "pix_fmt": "yuv420p10le", "color_transfer": "smpte2084", "avg_frame_rate": "25/1",
              "side_data_list": [ { "side_data_type": "HDR Dynamic Metadata SMPTE2094-40 (HDR10+)" } ]
            },
            {
              "index": 1, "codec_name": "hevc", "codec_type": "video", "width": 1920, "height": 1080,
              "pix_fmt": "yuv420p10le", "color_transfer": "arib-std-b67", "avg_frame_rate": "50/1"
            }
          ],
          "format": { "format_name": "mpegts", "duration": "30.0" }
        }
        """;

    public const string AttachedPicture = """
        {
          "streams": [
            {
              "index": 0, "codec_name": "h264", "profile": "High", "codec_type": "video", "width": 1280, "height": 720,
              "pix_fmt": "yuv420p", "level": 31, "bits_per_raw_sample": "8", "r_frame_rate": "30000/1001",
              "avg_frame_rate": "0/0", "bit_rate": "2500000", "disposition": { "default": 1, "attached_pic": 0 }
            },
            {
              "index": 1, "codec_name": "aac", "profile": "LC", "codec_type": "audio", "sample_rate": "44100",
              "channels": 2, "channel_layout": "stereo", "bit_rate": "128000", "disposition": { "default": 1 },
              "tags": { "language": "und" }
            },
            {
              "index": 2, "codec_name": "mjpeg", "profile": "Baseline", "codec_type": "video", "width": 600, "height": 900,
              "pix_fmt": "yuvj420p", "level": -99, "r_frame_rate": "90000/1", "avg_frame_rate": "0/0",
              "disposition": { "default": 0, "attached_pic": 1 }, "tags": { "comment": "Cover (front)" }
            }
          ],
          "format": { "format_name": "mov,mp4,m4a,3gp,3g2,mj2", "duration": "12.5", "bit_rate": "2700000" }
        }
        """;

    public const string MultipleLanguages = """
        {
          "streams": [
            {
              "index": 0, "codec_name": "h264", "codec_type": "video", "width": 1920, "height": 800,
              "pix_fmt": "yuv420p", "avg_frame_rate": "24000/1001", "disposition": { "default": 1 }
            },
            {
              "index": 1, "codec_name": "ac3", "codec_type": "audio", "sample_rate": "48000", "channels": 6,
              "channel_layout": "5.1(side)", "bit_rate": "640000", "disposition": { "default": 1 },
              "tags": { "language": "eng", "title": "Surround 5.1" }
            },
            {
              "index": 2, "codec_name": "aac", "profile": "HE-AAC", "codec_type": "audio", "sample_rate": "48000",
              "channels": 2, "channel_layout": "stereo", "disposition": { "default": 0 }, "tags": { "LANGUAGE": "fre" }
            },
            {
              "index": 3, "codec_name": "dts", "profile": "DTS-HD MA", "codec_type": "audio", "sample_rate": "48000",
              "channels": 8, "disposition": { "default": 0 }, "tags": { "language": "deu", "title": "Kommentar" }
            },
            {
              "index": 4, "codec_name": "subrip", "codec_type": "subtitle",
              "disposition": { "default": 0, "forced": 1, "hearing_impaired": 0 }, "tags": { "language": "eng" }
            },
            {
              "index": 5, "codec_name": "hdmv_pgs_subtitle", "codec_type": "subtitle",
              "disposition": { "default": 0, "forced": 0, "hearing_impaired": 0 }, "tags": { "language": "eng", "title": "English SDH" }
            },
            { "index": 6, "codec_type": "attachment", "codec_name": "ttf", "tags": { "filename": "font.ttf" } }
          ],
          "format": { "format_name": "matroska,webm", "duration": "5400.000000", "bit_rate": "9000000" }
        }
        """;

    public const string DataOnly = """
        {
          "streams": [ { "index": 0, "codec_name": "bin_data", "codec_type": "data" } ],
          "format": { "format_name": "mpegts", "duration": "N/A" }
        }
        """;
}
