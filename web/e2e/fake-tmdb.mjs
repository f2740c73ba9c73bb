// A small stand-in for TMDB (and TVmaze) on loopback, for the Playwright run: Hearth's real TMDB client talks to
// it through Metadata:Tmdb:BaseUrl. It knows one film, "The Harbour at Night" (id 90210), with credits, pictures
// and a collection, and a few poor candidates for the bare file's title, so the matcher leaves that file
// Unmatched. Anything else answers 404 (searches answer nothing found), so the demo library keeps its own look.
// Shapes as in tests/Hearth.Testing/ProviderFixtures/. Run: node e2e/fake-tmdb.mjs <port>
import { createServer } from 'node:http';
import { deflateSync } from 'node:zlib';

const port = Number(process.argv[2] ?? process.env.HEARTH_E2E_TMDB_PORT);
const base = `http://127.0.0.1:${port}`;

// two small pictures, drawn here: warm stripes and cool rings, so a screenshot shows which one is in use
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const sum = Buffer.alloc(4); sum.writeUInt32BE(crc(body));
  return Buffer.concat([len, body, sum]);
}
function png(width, height, colour) {
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) row.set(colour(x, y), 1 + x * 3);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header[8] = 8; header[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
const warm = png(200, 300, (x, y) => (Math.floor((x + y) / 25) % 2 ? [240, 163, 94] : [120, 40, 30]));
const cool = png(200, 300, (x, y) => (Math.floor(Math.hypot(x - 100, y - 150) / 20) % 2 ? [60, 130, 220] : [20, 30, 70]));
const pictures = { 'warm-poster.png': warm, 'cool-poster.png': cool, 'warm-backdrop.png': warm, 'cool-backdrop.png': cool, 'keeper.png': cool };

const film = {
  adult: false, backdrop_path: '/warm-backdrop.png',
  belongs_to_collection: { id: 4242, name: 'Harbour Nights Collection', poster_path: '/warm-poster.png', backdrop_path: null },
  budget: 0, genres: [{ id: 18, name: 'Drama' }, { id: 9648, name: 'Mystery' }], homepage: '', id: 90210, imdb_id: 'tt9021042',
  origin_country: ['GB'], original_language: 'en', original_title: 'The Harbour at Night',
  overview: 'A lighthouse keeper on a small northern island finds a boat with no crew and a log that ends mid-sentence.',
  popularity: 12.5, poster_path: '/warm-poster.png', production_companies: [{ id: 1, name: 'Northlight Pictures', logo_path: null, origin_country: 'GB' }],
  production_countries: [{ iso_3166_1: 'GB', name: 'United Kingdom' }], release_date: '2019-03-08', revenue: 0, runtime: 94,
  spoken_languages: [{ english_name: 'English', iso_639_1: 'en', name: 'English' }], status: 'Released',
  tagline: 'Some lights are kept for a reason.', title: 'The Harbour at Night', video: false, vote_average: 7.1, vote_count: 321,
  credits: {
    cast: [
      { adult: false, gender: 1, id: 501, known_for_department: 'Acting', name: 'Mara Quill', original_name: 'Mara Quill', popularity: 5, profile_path: '/keeper.png', cast_id: 1, character: 'Isla Brann', credit_id: 'c1', order: 0 },
      { adult: false, gender: 2, id: 502, known_for_department: 'Acting', name: 'Tomas Reed', original_name: 'Tomas Reed', popularity: 4, profile_path: null, cast_id: 2, character: 'The Harbourmaster', credit_id: 'c2', order: 1 },
    ],
    crew: [{ adult: false, gender: 1, id: 503, known_for_department: 'Directing', name: 'Ada Lorne', original_name: 'Ada Lorne', popularity: 3, profile_path: null, credit_id: 'c3', department: 'Directing', job: 'Director' }],
  },
  images: {
    backdrops: [
      { aspect_ratio: 1.778, height: 1080, iso_639_1: null, file_path: '/warm-backdrop.png', vote_average: 5.5, vote_count: 10, width: 1920 },
      { aspect_ratio: 1.778, height: 720, iso_639_1: null, file_path: '/cool-backdrop.png', vote_average: 5.1, vote_count: 3, width: 1280 },
    ],
    logos: [],
    posters: [
      { aspect_ratio: 0.667, height: 3000, iso_639_1: 'en', file_path: '/warm-poster.png', vote_average: 5.8, vote_count: 22, width: 2000 },
      { aspect_ratio: 0.667, height: 1500, iso_639_1: 'de', file_path: '/cool-poster.png', vote_average: 5.3, vote_count: 3, width: 1000 },
    ],
  },
  release_dates: { results: [{ iso_3166_1: 'US', release_dates: [{ certification: 'PG-13', descriptors: [], iso_639_1: '', note: '', release_date: '2019-03-08T00:00:00.000Z', type: 3 }] }] },
  external_ids: { imdb_id: 'tt9021042', wikidata_id: null, facebook_id: null, instagram_id: null, twitter_id: null },
  alternative_titles: { titles: [] },
};

const hit = (id, title, date, overview, poster = null) => ({
  adult: false, backdrop_path: null, genre_ids: [18], id, original_language: 'en', original_title: title, overview, popularity: 1.5,
  poster_path: poster, release_date: date, title, video: false, vote_average: 6, vote_count: 12,
});
// the bare file is "Harbour Nights": TMDB knows nothing close enough by that name
const poor = [
  hit(31001, 'Harbor Lights Festival', '1994-07-01', 'A documentary about a small-town summer festival.'),
  hit(31002, 'Nights of the Harbour Cats', '1971-05-12', 'Cats, a harbour, and the nights they rule.'),
];
const right = hit(90210, film.title, film.release_date, film.overview, film.poster_path);

function search(query) {
  const q = (query ?? '').toLowerCase();
  if (q.includes('harbour at night')) return [right, ...poor];
  if (q.includes('harbour') || q.includes('harbor')) return poor;
  return [];
}

const json = (res, status, body) => { res.writeHead(status, { 'Content-Type': 'application/json' }); res.end(JSON.stringify(body)); };
const notFound = (res) => json(res, 404, { success: false, status_code: 34, status_message: 'The resource you requested could not be found.' });

createServer((req, res) => {
  const url = new URL(req.url ?? '/', base);
  const path = url.pathname.replace(/^\/3(?=\/)/, '');
  if (path === '/health') return json(res, 200, { ok: true });
  if (path === '/configuration') {
    return json(res, 200, {
      change_keys: [],
      images: {
        base_url: `${base}/t/p/`, secure_base_url: `${base}/t/p/`, backdrop_sizes: ['w300', 'w780', 'w1280', 'original'], logo_sizes: ['w92', 'original'],
        poster_sizes: ['w92', 'w185', 'w342', 'w500', 'w780', 'original'], profile_sizes: ['w45', 'w185', 'original'], still_sizes: ['w92', 'w300', 'original'],
      },
    });
  }
  if (path === '/search/movie') {
    const results = search(url.searchParams.get('query'));
    return json(res, 200, { page: 1, results, total_pages: 1, total_results: results.length });
  }
  if (path === '/search/tv') return json(res, 200, { page: 1, results: [], total_pages: 1, total_results: 0 });
  if (path === '/movie/90210') return json(res, 200, film);
  if (path === '/collection/4242') {
    return json(res, 200, {
      id: 4242, name: 'Harbour Nights Collection', poster_path: '/warm-poster.png', backdrop_path: null,
      overview: 'Films of the northern islands, where the lights are kept.', parts: [{ id: 90210, title: 'The Harbour at Night', release_date: '2019-03-08', media_type: 'movie' }],
    });
  }
  if (path === '/find/tt9021042') return json(res, 200, { movie_results: [right], tv_results: [], person_results: [], tv_episode_results: [], tv_season_results: [] });
  const picture = path.match(/^\/t\/p\/[a-z0-9]+\/([a-z-]+\.png)$/);
  if (picture && pictures[picture[1]]) {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': pictures[picture[1]].length });
    return res.end(pictures[picture[1]]);
  }
  // TVmaze's search answers a list; everything else it does not know is a 404, as TMDB's is
  if (path.startsWith('/tvmaze/search/')) return json(res, 200, []);
  return notFound(res);
}).listen(port, '127.0.0.1', () => console.log(`fake TMDB on ${base}`));
