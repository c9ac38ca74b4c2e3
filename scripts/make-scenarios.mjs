// Regenerates the shipped cluster scenarios (yrd, gba, jjj, their what-if variants) and
// two-city from ../shared/data/cities.csv (relative to the repository) and the sources' figures.
// Usage: node scripts/make-scenarios.mjs [--check] [path/to/cities.csv]
// --check writes nothing and exits 1 when a committed file differs from what would be generated.
// The teaching scenario is written by hand and calibrated by the engine's owner: not touched here.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const repo = new URL('../', import.meta.url);
const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const csvPath = args.find((a) => a !== '--check') ?? new URL('../shared/data/cities.csv', repo);
const rows = parseCsv(readFileSync(csvPath, 'utf8'));

const START = 1990;
const YEARS = 51; // 1990–2040: the sources' 2000–2020 sit inside.
const DATA_NOTE = 'Cities, positions, 2020 census population and land area: the project\'s data/cities.csv, compiled from general knowledge and approximate (population ±3%, area ±5%, positions ±0.1°). '
  + 'Starting populations are the 2020 figures (the data has none for 1990); migration redistributes residents from there.';

// Human capital. Source 000 (Tang Jie) gives college students per 100 residents by city group,
// 2000 and 2020. The model's humanCapital is the college-educated share of residents; we map
// 0.07 per student per 100 residents, which puts the YRD core's 2020 figure (4.4) at 0.31, about
// the 2020 census college share of Shanghai, Nanjing, Hangzhou and Hefei (approx. 26–35%).
const HC_PER_STUDENT = 0.07;
const HC_NOTE = 'Human capital: college students per 100 residents by city group in 2000 and 2020 (source 000, Tang Jie), mapped at 0.07 per student per 100 residents; '
  + 'the 2000 level holds from the start and an education event raises it linearly to the 2020 level over 2000–2020. ';
const round = (x, d = 4) => +x.toFixed(d);

// Calibration shared by the three real clusters: firms review their location every ~3 years
// (the default 0.1 is the teaching scenario's). With 0.1, the GBA's and JJJ's cores kept their
// manufacturing share over 2000–2020 (diffusion began only after 2010–2015); with 0.3 all three
// cores lose it over 2000–2020 as the sources describe (docs/scenarios.md, "What the clusters show").
const REAL_CLUSTER_PARAMS = { choice: { reviewShare: 0.3 } };
const CALIBRATION_NOTE = 'Firms review their location every ~3 years (params.choice.reviewShare 0.3, calibrated for the three real clusters). ';

/** Group figures → per-city humanCapital in 2000 and 2020. */
function humanCapital(cities, groups) {
  const out = new Map();
  for (const [year, key] of [[2000, 'y2000'], [2020, 'y2020']]) {
    const popOf = (names) => cities.filter((c) => names.includes(c.city)).reduce((s, c) => s + c.pop, 0);
    const total = cities.reduce((s, c) => s + c.pop, 0);
    const core = groups.core.names;
    const ring = groups.ring ?? [];
    const rest = cities.map((c) => c.city).filter((n) => !core.includes(n) && !ring.includes(n));
    // The cluster average and the core group's figure are given; the other cities share the
    // residual, ring cities (no figure in the source) assumed at 1.5× the rest.
    const residual = groups.average[key] * total - groups.core[key] * popOf(core);
    const restRatio = residual / (1.5 * popOf(ring) + popOf(rest));
    // Within the core group, optional weights split the group's figure (population-weighted mean kept).
    const weight = (n) => groups.core.weights?.[n] ?? 1;
    const coreScale = popOf(core) / cities.filter((c) => core.includes(c.city)).reduce((s, c) => s + weight(c.city) * c.pop, 0);
    for (const c of cities) {
      const ratio = core.includes(c.city) ? groups.core[key] * weight(c.city) * coreScale : ring.includes(c.city) ? 1.5 * restRatio : restRatio;
      const prev = out.get(c.city) ?? {};
      prev[year] = round(ratio * HC_PER_STUDENT);
      out.set(c.city, prev);
    }
  }
  return out;
}

function cityJson(r, hc, region, extra = {}) {
  return {
    name: r.city, nameZh: r.city_zh, lat: r.lat, lon: r.lon, area: r.area, population: r.pop,
    humanCapital: hc, region, ...extra,
  };
}

/** Education events raising each distinct 2000→2020 increase over 20 years. */
function educationEvents(hc) {
  const byIncrease = new Map();
  for (const [city, v] of hc) {
    const inc = round(v[2020] - v[2000]);
    if (inc <= 0) continue;
    byIncrease.set(inc, [...(byIncrease.get(inc) ?? []), city]);
  }
  return [...byIncrease].map(([increase, cities]) => ({ type: 'education', year: 2000, cities, increase, years: 20, label: 'College expansion (source 000)' }));
}

function cluster(id, { name, nameZh, about, region, groups, principal, extraNote = '', params, buildable = {}, events = [] }) {
  const cities = rows.filter((r) => r.cluster === id);
  const hc = humanCapital(cities, groups);
  return {
    $schema: './schema.json',
    name, nameZh,
    description: `${about} ${DATA_NOTE} ${HC_NOTE}${extraNote}${CALIBRATION_NOTE}Amenities are neutral (0). Tiers: ${principal} is the core; the others follow from size.`,
    startYear: START, years: YEARS, seed: 1,
    cities: cities.map((r) => cityJson(r, hc.get(r.city)[2000], region(r), {
      ...(r.city === principal ? { tier: 'core' } : {}),
      ...(buildable[r.city] !== undefined ? { buildableShare: buildable[r.city] } : {}),
    })),
    ...(params ? { params } : {}),
    events: [...educationEvents(hc), ...events],
  };
}

// Guangdong is one province: its regions are the province's official zones ("一核一带一区", 2019):
// the Pearl River Delta core, the coastal east and west wings, the northern ecological area.
const GD_ZONES = {
  Shantou: 'East wing', Shanwei: 'East wing', Chaozhou: 'East wing', Jieyang: 'East wing',
  Zhanjiang: 'West wing', Maoming: 'West wing', Yangjiang: 'West wing',
  Shaoguan: 'North', Heyuan: 'North', Meizhou: 'North', Qingyuan: 'North', Yunfu: 'North',
};

const yrd = cluster('yrd', {
  name: 'yrd', nameZh: '长三角城市群',
  about: 'Yangtze River Delta: the 26 cities of the 2016 city-cluster plan in Shanghai, Jiangsu, Zhejiang and Anhui (provinces are the regions). '
    + 'Barriers between provinces fall with the 2010 regional plan and the 2019 integration outline (events; assumed levels).',
  region: (r) => r.province,
  principal: 'Shanghai',
  params: REAL_CLUSTER_PARAMS,
  groups: {
    core: { names: ['Shanghai', 'Nanjing', 'Hangzhou', 'Hefei'], y2000: 1.84, y2020: 4.4 },
    ring: ['Suzhou', 'Wuxi', 'Changzhou'],
    average: { y2000: 0.75, y2020: 2.63 },
  },
  extraNote: 'Groups: Shanghai, Nanjing, Hangzhou, Hefei (the source\'s four core cities); ring cities Suzhou, Wuxi, Changzhou at 1.5× the other cities (assumption). ',
  events: [
    { type: 'barrier', year: 2010, level: 0.3, label: 'YRD regional plan' },
    { type: 'barrier', year: 2019, level: 0.1, label: 'YRD integration outline' },
  ],
});

const gba = cluster('gba', {
  name: 'gba', nameZh: '粤港澳大湾区（广东21市）',
  about: 'Greater Bay Area as the sources measure it: Guangdong\'s 21 prefecture-level cities (the Pearl River Delta 9 and 12 others). '
    + 'All are in one province; the regions are Guangdong\'s official zones (2019): PRD, East wing, West wing, North.',
  region: (r) => GD_ZONES[r.city] ?? 'PRD',
  principal: 'Guangzhou',
  params: REAL_CLUSTER_PARAMS,
  groups: {
    core: { names: ['Guangzhou', 'Shenzhen', 'Zhuhai', 'Foshan', 'Dongguan'], y2000: 0.5, y2020: 2.9, weights: { Guangzhou: 2.5, Shenzhen: 2 } },
    ring: ['Huizhou', 'Zhongshan', 'Jiangmen', 'Zhaoqing'],
    average: { y2000: 0.3, y2020: 1.9 },
  },
  extraNote: 'Groups: Guangzhou, Shenzhen, Zhuhai, Foshan, Dongguan (the source\'s five), split within the group with Guangzhou at 2.5× and Shenzhen at 2× Zhuhai, Foshan and Dongguan (assumption: the universities are in Guangzhou and Shenzhen; the group mean is kept); the other PRD cities at 1.5× the remaining twelve (assumption). ',
});

const jjj = cluster('jjj', {
  name: 'jjj', nameZh: '京津冀城市群',
  about: 'Beijing–Tianjin–Hebei: 13 cities (source 001), provinces as regions; a hierarchy with a "fault" between Beijing/Tianjin and Hebei.',
  region: (r) => r.province,
  principal: 'Beijing',
  params: REAL_CLUSTER_PARAMS,
  // Beijing's municipality is 62% mountains; its plains are 6,338 km² of 16,410 (Beijing statistical yearbook, approx.).
  buildable: { Beijing: 0.386 },
  groups: {
    core: { names: ['Beijing'], y2000: 1.25 * 1.84, y2020: 1.25 * 4.4 },
    ring: ['Tianjin', 'Shijiazhuang'],
    average: { y2000: 0.75, y2020: 2.63 },
  },
  extraNote: 'The sources give no figures for this cluster (assumption): Beijing at 1.25× the YRD core\'s ratio, the cluster average at the YRD\'s, Tianjin and Shijiazhuang at 1.5× the other Hebei cities. Beijing\'s buildable land is its plains, 6,338 of 16,410 km² (38.6%; the rest is mountains; approximate). ',
});

// What-ifs.
const MANUFACTURING = ['electronics', 'equipment', 'autos', 'chemicals', 'textiles'];
const xiongan = { name: 'Xiong\'an', nameZh: '雄安新区', lat: 38.99, lon: 115.93, area: 1770, population: 1.1, humanCapital: 0.15, region: 'Hebei', tier: 'medium' };
const jjjRelocation = {
  ...jjj, name: 'jjj-relocation', nameZh: '京津冀：疏解非首都功能与雄安新区',
  description: `${jjj.description} What-if (source 001): from 2015 Beijing's non-capital functions move out — its land supply is capped (×0.8) and its share of each manufacturing sector and of logistics capped at 10% of the cluster; `
    + 'Xiong\'an New Area (38.99 N, 115.93 E, about 1,770 km², about 1.1 million residents at its founding: approximate) appears in 2017 with a relocation subsidy, an education push and the Beijing–Xiong\'an intercity railway (2021).',
  events: [
    ...jjj.events,
    { type: 'landCap', year: 2015, city: 'Beijing', landFactor: 0.8, label: 'Beijing development boundary' },
    ...[...MANUFACTURING, 'logistics'].map((sector) => ({ type: 'landCap', year: 2015, city: 'Beijing', sector, maxShare: 0.1, label: 'Relocate non-capital functions' })),
    { type: 'newCity', year: 2017, city: xiongan, label: 'Xiong\'an New Area' },
    { type: 'subsidy', year: 2017, city: 'Xiong\'an', amount: 0.2, sectors: ['digital', 'research', 'finance', 'electronics'], label: 'Relocation support' },
    { type: 'education', year: 2018, cities: ['Xiong\'an'], increase: 0.15, years: 15, label: 'Universities move to Xiong\'an' },
    { type: 'transport', year: 2021, cities: ['Beijing', 'Xiong\'an'], factor: 0.5, label: 'Beijing–Xiong\'an intercity railway' },
  ],
};

const gbaOrderly = orderly(gba);
const yrdBarriers = {
  ...yrd, name: 'yrd-barriers', nameZh: '长三角：省际壁垒不降',
  description: `${yrd.description} What-if: the provincial barriers stay at their starting level (no barrier events).`,
  events: yrd.events.filter((e) => e.type !== 'barrier'),
};

/**
 * The GBA with a YRD-like hierarchy: the GBA's cities keep their positions and their rank by
 * size, but take the YRD's population and density at the same rank (scaled to the GBA's total
 * population), and a transport programme (2000) brings every city closer, as the YRD's network did.
 */
function orderly(base) {
  const yrdCities = [...yrd.cities].sort((a, b) => b.population - a.population);
  const yrdTotal = yrdCities.reduce((s, c) => s + c.population, 0);
  const total = base.cities.reduce((s, c) => s + c.population, 0);
  const ranked = [...base.cities].sort((a, b) => b.population - a.population);
  const at = (k) => yrdCities[Math.round((k * (yrdCities.length - 1)) / (ranked.length - 1))];
  const sizes = ranked.map((c, k) => ({ name: c.name, population: at(k).population, density: at(k).population / at(k).area }));
  const scale = total / sizes.reduce((s, c) => s + c.population, 0);
  const cities = base.cities.map((c) => {
    const s = sizes.find((x) => x.name === c.name);
    const population = round(s.population * scale, 3);
    return { ...c, population, area: Math.round(population / s.density) };
  });
  return {
    ...base, name: 'gba-orderly', nameZh: '大湾区：有序的城市体系',
    description: `${base.description} What-if (source 000): the same cities with a YRD-like ordered hierarchy — each city keeps its rank by size but takes the population and density of the YRD city at the same rank (populations scaled to the GBA's total ${round(total, 2)} million; YRD total ${round(yrdTotal, 2)}) — and a transport programme from 2000 that cuts travel distances between all 21 cities by 30%.`,
    cities,
    events: [
      ...base.events,
      { type: 'transport', year: 2000, cities: base.cities.map((c) => c.name), factor: 0.7, label: 'Cluster-wide rail and road network' },
    ],
  };
}

// The core–periphery check (Krugman 1991): two identical cities, one manufacturing sector,
// every mechanism but the NEG core switched off. Parameters are the engine owner's to finalise.
const twoCity = {
  $schema: './schema.json',
  name: 'two-city', nameZh: '两城核心—边缘',
  description: 'The core–periphery check (Krugman 1991; Fujita, Krugman & Venables 1999, ch. 5): two identical cities 100 km apart, one manufacturing sector, identical firms, and every mechanism off except the market (Dixit–Stiglitz varieties, iceberg trade costs, firms choosing the higher real wage). Synthetic.',
  startYear: 2000, years: 50, seed: 1,
  cities: [
    { name: 'West', x: -50, y: 0, area: 1000, population: 1, humanCapital: 0.1, region: 'cluster', tier: 'core' },
    { name: 'East', x: 50, y: 0, area: 1000, population: 1, humanCapital: 0.1, region: 'cluster', tier: 'large' },
  ],
  sectors: [{ id: 'manufacturing', name: 'Manufacturing', nameZh: '制造业', group: 'manufacturing', share: 0.4, tradeCost: 1, localization: 0, diversity: 0, knowledge: 0, humanCapital: 0, landIntensity: 0, innovation: 1, maturityYears: null }],
  params: {
    sigma: 5, barrier: 0, firmDispersion: 0, initialFirms: 2000, initialIndustrialShare: 0.4,
    trade: { costPer100Km: 0.3, declinePerYear: 0, barrierCost: 0 },
    // Near-deterministic choice without moving costs: with logitBeta 20 and the default moving
    // costs no firm moved; with these, the pair agglomerates for τ 0.1–0.3 and stays dispersed
    // at 0.6 (φ = 0.09, below Krugman's break point ≈ 0.14 for σ = 5, μ = 0.4).
    choice: { reviewShare: 0.3, logitBeta: 100, movingCostFixed: 0, movingCostPer100Km: 0 },
    mechanisms: {
      urbanCosts: false, localization: false, diversity: false, knowledge: false, humanCapital: false,
      lifecycle: false, entry: false, exit: false, migration: false, tradeTrend: false, productivityGrowth: false,
    },
  },
  events: [],
};

let stale = 0;
for (const sc of [yrd, gba, jjj, jjjRelocation, gbaOrderly, yrdBarriers, twoCity]) {
  const file = new URL(`scenarios/${sc.name}.json`, repo);
  const text = JSON.stringify(sc, null, 2) + '\n';
  if (checkOnly) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    if (!same) { stale++; console.log(`scenarios/${sc.name}.json differs from what scripts/make-scenarios.mjs generates`); }
    continue;
  }
  writeFileSync(file, text);
  console.log(`scenarios/${sc.name}.json: ${sc.cities.length} cities, ${sc.events.length} events`);
}
if (stale) process.exit(1);

function parseCsv(text) {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const keys = head.split(',');
  return lines.map((line) => {
    const v = Object.fromEntries(line.split(',').map((x, i) => [keys[i], x]));
    return { ...v, lat: +v.lat, lon: +v.lon, pop: +v.pop2020_million, area: +v.area_km2 };
  });
}
