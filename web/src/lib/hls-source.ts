// Attaches a stream to a <video>: the file itself for direct play, HLS through hls.js (loaded on demand,
// bundled with the client, never from a CDN) or the browser's own HLS where it has one (Safari).

export interface Attached { destroy(): void }

export async function attach(video: HTMLVideoElement, url: string, hls: boolean, onFatal: (message: string) => void): Promise<Attached> {
  if (!hls) {
    video.src = url;
    return { destroy: () => { video.removeAttribute('src'); video.load(); } };
  }
  // the light build: no subtitle renditions (the page shows its own <track>s of the same WebVTT), no DRM
  const { default: Hls } = await import('hls.js/light');
  if (Hls.isSupported()) {
    // no worker: the page's content security policy allows scripts from this server only, not blob: workers
    const player = new Hls({ enableWorker: false, maxBufferLength: 30, backBufferLength: 30 });
    player.on(Hls.Events.ERROR, (_event, data) => { if (data.fatal) onFatal(`Streaming failed: ${data.details}`); });
    player.loadSource(url);
    player.attachMedia(video);
    return { destroy: () => player.destroy() };
  }
  if (video.canPlayType('application/vnd.apple.mpegurl')) {
    video.src = url;
    return { destroy: () => { video.removeAttribute('src'); video.load(); } };
  }
  onFatal('This browser cannot play HLS streams.');
  return { destroy: () => undefined };
}
