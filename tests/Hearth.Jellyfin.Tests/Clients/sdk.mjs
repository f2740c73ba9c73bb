// Plays the acceptance sequence with the official TypeScript SDK (@jellyfin/sdk): public info, sign-in, views,
// paged movies, one item, PlaybackInfo with two device profiles, the HLS transcode's first segment, and the
// playback reports. Prints one JSON object of what it saw; exits non-zero on anything unexpected.
import { Jellyfin } from '@jellyfin/sdk';
import {
    getAuthenticationApi, getLibraryApi, getMediaInfoApi, getSessionApi, getSystemApi, getUserViewApi,
} from '@jellyfin/sdk/lib/utils/api/index.js';
import { decision, fail, followHls, itemSummary, profileA, profileB, readArguments, report, step } from './common.mjs';

const { baseUrl, user, password, scenario } = readArguments('sdk.mjs');
const observed = { client: '@jellyfin/sdk', errors: [] };

const jellyfin = new Jellyfin({
    clientInfo: { name: 'Hearth SDK test', version: '1.0.0' },
    deviceInfo: { name: 'Node', id: `hearth-sdk-test-${process.pid}` },
});
const api = jellyfin.createApi(baseUrl);

const info = await step(observed, 'System/Info/Public', async () => (await getSystemApi(api).getPublicSystemInfo()).data);
observed.server = { id: info.Id, name: info.ServerName, version: info.Version, productName: info.ProductName };

const auth = await step(observed, 'Users/AuthenticateByName', async () =>
    (await getAuthenticationApi(api).authenticateUserByName({ authenticateUserByName: { Username: user, Pw: password } })).data);
if (!auth.AccessToken || !auth.User?.Id) fail(`sign-in answered no token or user: ${JSON.stringify(auth)}`, observed);
api.update({ accessToken: auth.AccessToken });
const userId = auth.User.Id;
observed.signIn = { userId, userName: auth.User.Name, serverId: auth.ServerId ?? null, sessionId: auth.SessionInfo?.Id ?? null };

const views = await step(observed, 'UserViews', async () => (await getUserViewApi(api).getUserViews({ userId })).data);
observed.views = (views.Items || []).map((v) => ({ Id: v.Id, Name: v.Name, CollectionType: v.CollectionType ?? null, Type: v.Type }));
observed.viewsTotal = views.TotalRecordCount;

const library = getLibraryApi(api);
observed.pages = [];
const movies = [];
for (let start = 0; ; start += scenario.pageSize) {
    const page = await step(observed, `Items StartIndex=${start}`, async () => (await library.getItems({
        userId,
        includeItemTypes: ['Movie'],
        recursive: true,
        startIndex: start,
        limit: scenario.pageSize,
        sortBy: ['SortName'],
        sortOrder: ['Ascending'],
        fields: ['Overview', 'MediaSources', 'Path', 'DateCreated', 'PrimaryImageAspectRatio'],
        enableTotalRecordCount: true,
    })).data);
    const items = page.Items || [];
    observed.pages.push({ startIndex: page.StartIndex ?? null, count: items.length, total: page.TotalRecordCount ?? null });
    movies.push(...items.map(itemSummary));
    if (items.length === 0 || start + scenario.pageSize >= (page.TotalRecordCount ?? 0) || observed.pages.length > 50) break;
}
observed.movies = movies;

const byTitle = (title) => movies.find((m) => m.Name === title) ?? fail(`no movie named ${title} in ${JSON.stringify(movies.map((m) => m.Name))}`, observed);
const plain = byTitle(scenario.directPlayTitle);
const bright = byTitle(scenario.transcodeTitle);

const item = await step(observed, `Items/${plain.Id}`, async () => (await library.getItem({ itemId: plain.Id, userId })).data);
observed.item = {
    Id: item.Id, Name: item.Name, Type: item.Type, RunTimeTicks: item.RunTimeTicks ?? null,
    MediaSourceCount: (item.MediaSources || []).length, HasUserData: item.UserData !== undefined && item.UserData !== null,
};

const mediaInfo = getMediaInfoApi(api);
const playbackInfo = (itemId, profile, name) => step(observed, name, async () => (await mediaInfo.getPostedPlaybackInfo({
    itemId,
    playbackInfoDto: { UserId: userId, DeviceProfile: profile, MaxStreamingBitrate: profile.MaxStreamingBitrate, AutoOpenLiveStream: true },
})).data);
observed.profileA = decision(await playbackInfo(plain.Id, profileA, `PlaybackInfo A ${plain.Name}`));
observed.profileB = decision(await playbackInfo(bright.Id, profileB, `PlaybackInfo B ${bright.Name}`));
if (!observed.profileB.transcodingUrl) fail(`profile B got no TranscodingUrl for ${bright.Name}`, observed);
observed.hls = await step(observed, 'HLS master, media playlist, first segment', () => followHls(baseUrl, observed.profileB.transcodingUrl, scenario.workFolder));

// the player's reports for the transcoded film, in ticks (100 ns)
const session = getSessionApi(api);
const base = { ItemId: bright.Id, MediaSourceId: observed.profileB.mediaSourceId, PlaySessionId: observed.profileB.playSessionId, PlayMethod: 'Transcode', CanSeek: true };
await step(observed, 'Sessions/Playing', () => session.reportPlaybackStart({ playbackStartInfo: { ...base, PositionTicks: 0, IsPaused: false, IsMuted: false } }));
await step(observed, 'Sessions/Playing/Progress', () => session.reportPlaybackProgress({ playbackProgressInfo: { ...base, PositionTicks: scenario.progressTicks, IsPaused: false, EventName: 'timeupdate' } }));
await step(observed, 'Sessions/Playing/Stopped', () => session.reportPlaybackStopped({ playbackStopInfo: { ...base, PositionTicks: scenario.stoppedTicks } }));
observed.reported = { itemId: bright.Id, progressTicks: scenario.progressTicks, stoppedTicks: scenario.stoppedTicks };

const after = await step(observed, `Items/${bright.Id} after stop`, async () => (await library.getItem({ itemId: bright.Id, userId })).data);
observed.userDataAfterStop = after.UserData ? { PlaybackPositionTicks: after.UserData.PlaybackPositionTicks ?? null, Played: after.UserData.Played ?? null } : null;

report(observed);
process.exit(0);
