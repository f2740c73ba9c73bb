// The acceptance sequence again with jellyfin-apiclient, the older client library of jellyfin-web (its ApiClient
// class, which calls the user-scoped routes: /Users/{id}/Views, /Users/{id}/Items, /Users/{id}/Items/{itemId}).
// It is written for browsers: the few globals its code touches are shimmed below, nothing of it is changed.
import { decision, fail, followHls, itemSummary, profileA, profileB, readArguments, report, step } from './common.mjs';

// self: its UMD wrapper and its storage's cache probe; window: its image-URL helper; localStorage: its user cache
globalThis.self ??= globalThis;
globalThis.window ??= globalThis;
if (!globalThis.localStorage) {
    const values = new Map();
    globalThis.localStorage = {
        getItem: (key) => (values.has(key) ? values.get(key) : null),
        setItem: (key, value) => values.set(key, String(value)),
        removeItem: (key) => values.delete(key),
        clear: () => values.clear(),
    };
}
// it logs every request to the console; stdout carries only the JSON object
console.log = console.debug = console.info = (...args) => process.stderr.write(args.join(' ') + '\n');

const { default: jellyfin } = await import('jellyfin-apiclient');
const { ApiClient } = jellyfin;

const { baseUrl, user, password, scenario } = readArguments('apiclient.mjs');
const observed = { client: 'jellyfin-apiclient', errors: [] };

const client = new ApiClient(baseUrl, 'Hearth apiclient test', '1.11.0', 'Node', `hearth-apiclient-test-${process.pid}`);
// its automatic bitrate probe (a timer six seconds after sign-in) would keep the process alive; a web app turns it off the same way
client.enableAutomaticBitrateDetection = false;

const info = await step(observed, 'System/Info/Public', () => client.getPublicSystemInfo());
observed.server = { id: info.Id, name: info.ServerName, version: info.Version, productName: info.ProductName };

const auth = await step(observed, 'Users/authenticatebyname', () => client.authenticateUserByName(user, password));
if (!auth.AccessToken || !auth.User?.Id) fail(`sign-in answered no token or user: ${JSON.stringify(auth)}`, observed);
client.serverInfo({ ...client.serverInfo(), Id: auth.ServerId });
client.setAuthenticationInfo(auth.AccessToken, auth.User.Id);
const userId = client.getCurrentUserId();
observed.signIn = { userId, userName: auth.User.Name, serverId: auth.ServerId ?? null, sessionId: auth.SessionInfo?.Id ?? null };

const me = await step(observed, `Users/${userId}`, () => client.getCurrentUser(false));
observed.currentUser = { Id: me.Id, Name: me.Name };

const views = await step(observed, `Users/${userId}/Views`, () => client.getUserViews({}, userId));
observed.views = (views.Items || []).map((v) => ({ Id: v.Id, Name: v.Name, CollectionType: v.CollectionType ?? null, Type: v.Type }));
observed.viewsTotal = views.TotalRecordCount;

observed.pages = [];
const movies = [];
for (let start = 0; ; start += scenario.pageSize) {
    const page = await step(observed, `Users/${userId}/Items StartIndex=${start}`, () => client.getItems(userId, {
        IncludeItemTypes: 'Movie',
        Recursive: true,
        StartIndex: start,
        Limit: scenario.pageSize,
        SortBy: 'SortName',
        SortOrder: 'Ascending',
        Fields: 'PrimaryImageAspectRatio,MediaSourceCount,BasicSyncInfo',
        ImageTypeLimit: 1,
        EnableImageTypes: 'Primary,Backdrop,Thumb',
    }));
    const items = page.Items || [];
    observed.pages.push({ startIndex: page.StartIndex ?? null, count: items.length, total: page.TotalRecordCount ?? null });
    movies.push(...items.map(itemSummary));
    if (items.length === 0 || start + scenario.pageSize >= (page.TotalRecordCount ?? 0) || observed.pages.length > 50) break;
}
observed.movies = movies;

const byTitle = (title) => movies.find((m) => m.Name === title) ?? fail(`no movie named ${title} in ${JSON.stringify(movies.map((m) => m.Name))}`, observed);
const plain = byTitle(scenario.directPlayTitle);
const bright = byTitle(scenario.transcodeTitle);

const item = await step(observed, `Users/${userId}/Items/${plain.Id}`, () => client.getItem(userId, plain.Id));
observed.item = {
    Id: item.Id, Name: item.Name, Type: item.Type, RunTimeTicks: item.RunTimeTicks ?? null,
    MediaSourceCount: (item.MediaSources || []).length, HasUserData: item.UserData !== undefined && item.UserData !== null,
};

// the query jellyfin-web's player sends with its PlaybackInfo body
const playbackInfo = (itemId, profile, name) => step(observed, name, () => client.getPlaybackInfo(itemId, {
    UserId: userId, StartTimeTicks: 0, IsPlayback: true, AutoOpenLiveStream: true, MaxStreamingBitrate: profile.MaxStreamingBitrate,
}, profile));
observed.profileA = decision(await playbackInfo(plain.Id, profileA, `PlaybackInfo A ${plain.Name}`));
observed.profileB = decision(await playbackInfo(bright.Id, profileB, `PlaybackInfo B ${bright.Name}`));
if (!observed.profileB.transcodingUrl) fail(`profile B got no TranscodingUrl for ${bright.Name}`, observed);
observed.hls = await step(observed, 'HLS master, media playlist, first segment', () => followHls(baseUrl, observed.profileB.transcodingUrl, scenario.workFolder));

const base = { ItemId: bright.Id, MediaSourceId: observed.profileB.mediaSourceId, PlaySessionId: observed.profileB.playSessionId, PlayMethod: 'Transcode', CanSeek: true };
await step(observed, 'Sessions/Playing', () => client.reportPlaybackStart({ ...base, PositionTicks: 0, IsPaused: false, IsMuted: false }));
await step(observed, 'Sessions/Playing/Progress', () => client.reportPlaybackProgress({ ...base, PositionTicks: scenario.progressTicks, IsPaused: false, EventName: 'timeupdate' }));
await step(observed, 'Sessions/Playing/Stopped', () => client.reportPlaybackStopped({ ...base, PositionTicks: scenario.stoppedTicks }));
observed.reported = { itemId: bright.Id, progressTicks: scenario.progressTicks, stoppedTicks: scenario.stoppedTicks };

const after = await step(observed, `Users/${userId}/Items/${bright.Id} after stop`, () => client.getItem(userId, bright.Id));
observed.userDataAfterStop = after.UserData ? { PlaybackPositionTicks: after.UserData.PlaybackPositionTicks ?? null, Played: after.UserData.Played ?? null } : null;

report(observed);
process.exit(0);
