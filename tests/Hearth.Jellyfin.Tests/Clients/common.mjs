// What both client scripts share: the arguments, the two device profiles, following an HLS transcoding URL the way
// a player does (master playlist → media playlist → first segment, no Authorization header: the token is in the
// URL), and printing one JSON object of everything observed.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function readArguments(script) {
    const [baseUrl, user, password, scenarioPath] = process.argv.slice(2);
    if (!baseUrl || !user || password === undefined || !scenarioPath) {
        fail(`usage: node ${script} <baseUrl> <user> <password> <scenario-json-path>`);
    }
    const scenario = JSON.parse(readFileSync(scenarioPath, 'utf8'));
    for (const key of ['directPlayTitle', 'transcodeTitle', 'pageSize', 'progressTicks', 'stoppedTicks']) {
        if (scenario[key] === undefined) fail(`the scenario ${scenarioPath} has no ${key}`);
    }
    return { baseUrl: baseUrl.replace(/\/+$/, ''), user, password, scenario };
}

/** A: a player that plays H.264/AAC (and HEVC) in MP4 or Matroska as it is. */
export const profileA = {
    Name: 'Hearth clients test A (direct play)',
    MaxStreamingBitrate: 120000000,
    MaxStaticBitrate: 100000000,
    DirectPlayProfiles: [
        { Container: 'mp4,m4v', Type: 'Video', VideoCodec: 'h264,hevc', AudioCodec: 'aac,mp3,ac3,eac3' },
        { Container: 'mkv', Type: 'Video', VideoCodec: 'h264,hevc', AudioCodec: 'aac,mp3,ac3,eac3' },
    ],
    TranscodingProfiles: [
        { Container: 'ts', Type: 'Video', VideoCodec: 'h264', AudioCodec: 'aac', Protocol: 'hls', Context: 'Streaming', MaxAudioChannels: '2', MinSegments: 1, BreakOnNonKeyFrames: true },
    ],
    ContainerProfiles: [],
    CodecProfiles: [],
    SubtitleProfiles: [
        { Format: 'srt', Method: 'External' },
        { Format: 'vtt', Method: 'External' },
    ],
};

/** B: a player with no HEVC decoder and only MP4: everything else must come as an HLS transcode. */
export const profileB = {
    Name: 'Hearth clients test B (no HEVC)',
    MaxStreamingBitrate: 20000000,
    MaxStaticBitrate: 20000000,
    DirectPlayProfiles: [
        { Container: 'mp4', Type: 'Video', VideoCodec: 'h264', AudioCodec: 'aac' },
    ],
    TranscodingProfiles: [
        { Container: 'ts', Type: 'Video', VideoCodec: 'h264', AudioCodec: 'aac', Protocol: 'hls', Context: 'Streaming', MaxAudioChannels: '2', MinSegments: 1, BreakOnNonKeyFrames: true },
    ],
    ContainerProfiles: [],
    CodecProfiles: [],
    SubtitleProfiles: [
        { Format: 'vtt', Method: 'Hls' },
        { Format: 'srt', Method: 'External' },
    ],
};

/** The decision a PlaybackInfo answer carries for its first media source, as the apps read it. */
export function decision(info) {
    const source = (info.MediaSources || [])[0];
    if (!source) return { error: 'no MediaSources', playSessionId: info.PlaySessionId ?? null };
    return {
        playSessionId: info.PlaySessionId ?? null,
        mediaSourceId: source.Id ?? null,
        container: source.Container ?? null,
        supportsDirectPlay: source.SupportsDirectPlay ?? null,
        supportsDirectStream: source.SupportsDirectStream ?? null,
        supportsTranscoding: source.SupportsTranscoding ?? null,
        transcodingUrl: source.TranscodingUrl ?? null,
        transcodingSubProtocol: source.TranscodingSubProtocol ?? null,
        transcodingContainer: source.TranscodingContainer ?? null,
        runTimeTicks: source.RunTimeTicks ?? null,
        errorCode: info.ErrorCode ?? null,
    };
}

async function fetchText(url, what) {
    const response = await fetch(url, { signal: AbortSignal.timeout(90000) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${what} ${url}: ${response.status} ${text.slice(0, 300)}`);
    return { text, contentType: response.headers.get('content-type') };
}

/** The first URI line of a playlist (a variant in a master playlist, a segment in a media playlist), made absolute. */
function firstUri(playlist, base, what) {
    const line = playlist.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0 && !l.startsWith('#'));
    if (!line) throw new Error(`${what} ${base} lists no URI:\n${playlist.slice(0, 500)}`);
    return new URL(line, base).href;
}

/** Follows a TranscodingUrl as an HLS player does and writes the first segment to a temp file. */
export async function followHls(baseUrl, transcodingUrl, workFolder) {
    const masterUrl = new URL(transcodingUrl, baseUrl + '/').href;
    const master = await fetchText(masterUrl, 'master playlist');
    if (!master.text.startsWith('#EXTM3U')) throw new Error(`master playlist ${masterUrl} is not M3U:\n${master.text.slice(0, 300)}`);
    // a master playlist names variants; a server may also answer a media playlist directly
    const isMaster = master.text.includes('#EXT-X-STREAM-INF');
    const mediaUrl = isMaster ? firstUri(master.text, masterUrl, 'master playlist') : masterUrl;
    const media = isMaster ? await fetchText(mediaUrl, 'media playlist') : master;
    if (!media.text.includes('#EXTINF')) throw new Error(`media playlist ${mediaUrl} has no segments:\n${media.text.slice(0, 500)}`);
    const segmentUrl = firstUri(media.text, mediaUrl, 'media playlist');
    const response = await fetch(segmentUrl, { signal: AbortSignal.timeout(120000) });
    const bytes = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new Error(`segment ${segmentUrl}: ${response.status} ${bytes.toString('utf8', 0, 300)}`);
    const folder = await mkdtemp(join(workFolder || tmpdir(), 'hearth-jf-client-'));
    const name = new URL(segmentUrl).pathname.split('/').pop() || 'segment';
    const file = join(folder, name.replace(/[^A-Za-z0-9._-]/g, '_'));
    await writeFile(file, bytes);
    return {
        masterUrl,
        masterWasMaster: isMaster,
        mediaPlaylistUrl: mediaUrl,
        segmentUrl,
        segmentContentType: response.headers.get('content-type'),
        segmentBytes: bytes.length,
        segmentFile: file,
    };
}

/** Prints everything observed as one JSON object (the test reads stdout; logs go to stderr). */
export function report(observed) {
    process.stdout.write(JSON.stringify(observed) + '\n');
}

export function fail(message, observed) {
    if (observed) report({ ...observed, failed: message });
    process.stderr.write(message + '\n');
    process.exit(1);
}

/** Runs one step, recording its error (with the server's status and body) before failing the script. */
export async function step(observed, name, run) {
    try {
        return await run();
    } catch (e) {
        const status = e?.response?.status ?? e?.status;
        let body = e?.response?.data;
        if (body === undefined && typeof e?.text === 'function') body = await e.text().catch(() => undefined);
        const detail = status ? `${status} ${typeof body === 'string' ? body : JSON.stringify(body)}` : (e?.stack || String(e));
        observed.errors.push({ step: name, detail });
        fail(`${name} failed: ${detail}`, observed);
    }
}

/** Keeps what the test asserts on from a list of items. */
export const itemSummary = (item) => ({ Id: item.Id, Name: item.Name, Type: item.Type, MediaType: item.MediaType ?? null, RunTimeTicks: item.RunTimeTicks ?? null });
