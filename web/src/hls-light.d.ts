// hls.js ships the light build's code but types only its full build; the light one has the same API, less of it.
declare module 'hls.js/light' {
  export { default } from 'hls.js';
}
