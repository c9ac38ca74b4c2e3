// The hand-written parts of docs/scenarios.md (scripts/docs-scenarios.ts assembles the rest
// from the schema). Edit here, then run `npx tsx scripts/docs-scenarios.ts`.

/** What validation checks beyond the field table; {MAX_CITIES} and {MIN_DISTANCE_KM} are filled in. */
export const VALIDATION_RULES = `Every problem is reported at once, one line each, as \`path: reason\` with a JSON-path-like
path, for example:

\`\`\`
cities[3].population: must be > 0
params.choice.reviewShare: must be <= 1
params.migration.rte: unknown key (did you mean "rate"?)
events[2].type: must be one of transport, education, barrier, landCap, subsidy, enclavePark, shock, newCity (got "tax")
events[1].cities[0]: unknown city "Xyz"
\`\`\`

Besides the types and ranges in the tables above, a scenario is refused when:

- it has a key the format does not know (typos must not pass silently);
- it is too large: more than {MAX_CITIES} cities (counting those newCity events create), more than 20 sectors,
  more than 10,000,000 initial firms or a horizon above 500 years — the message names the limit;
- two cities share a name (including a newCity's), or two sectors an id;
- a city gives its position neither as \`lat\` + \`lon\` nor as \`x\` + \`y\`, gives both, or uses a different
  system from the other cities; or two cities lie less than {MIN_DISTANCE_KM} km apart;
- the sectors' spending shares sum to 1 − \`housingShare\` or more (nothing would be left for the traditional good);
- an event names a city or sector the scenario does not have, or a newCity's city before the year it appears;
- an event's year lies outside the horizon [startYear, startYear + years);
- an enclave park's \`from\` and \`to\` are the same city; a \`landCap\` has neither \`landFactor\` nor
  \`sector\` with \`maxShare\`; a \`shock\` has neither \`demand\` nor \`productivity\`.`;

/** How to write a new cluster. */
export const SCENARIO_GUIDE = `## How to write a new cluster

1. **Cities.** List the cluster's cities with \`name\` (unique; events use it), \`nameZh\`, \`lat\` and \`lon\` of the
   centre, \`area\` (km² of administrative land) and \`population\` (millions of residents at the start year). Use one
   position system for all cities; synthetic clusters use \`x\`/\`y\` in km instead.
2. **Regions.** Set \`region\` to the province (or another administrative unit whose border costs something to cross:
   trade, moving and migration pay the barrier between regions). A cluster inside one province can use official
   sub-regions, as \`gba\` does with Guangdong's zones.
3. **Core and hierarchy.** Mark the core city \`"tier": "core"\`; other tiers follow from population unless given.
4. **Human capital.** \`humanCapital\` is the college-educated share of residents. Take it from a source where one
   gives figures and say so in \`description\`; otherwise document the assumption (core high, ring medium, others low).
   A rise over time is an \`education\` event.
5. **Sectors.** Leave \`sectors\` out to use the nine built-in ones, or list ids (built-in ids take the built-in
   parameters; override any field). Keep the spending shares below 1 − \`housingShare\`.
6. **Calendar.** Choose \`startYear\` and \`years\` so that the period you compare with data sits inside the horizon.
7. **Policy timeline.** Add \`events\` for what happened, or for the what-if you want to test; copy a shipped scenario
   and change its events to compare runs.
8. **Say where the numbers come from** in \`description\`, and which are approximate.
9. Check it: \`spillover validate my-cluster.json\`, then \`spillover run my-cluster.json\`.

To ship a scenario with the app: put the file in \`scenarios/\`, register it in \`src/scenario/shipped.ts\`, and rerun
\`npx tsx scripts/docs-scenarios.ts\` (the test suite checks this page is current). The real clusters are generated
from \`../shared/data/cities.csv\` by \`node scripts/make-scenarios.mjs\`: add a cluster there to keep it regenerable.`;

/** Measured stylized facts of the shipped clusters (test/scenario/stylized-facts.test.ts pins them). */
export const CLUSTER_FACTS = `## What the clusters show

Means of 10 seeds, 1990–2040, engine 0.6.0 (\`test/scenario/stylized-facts.test.ts\` checks the
qualitative facts; the numbers are for reading, not pinned).

| scenario | CV peak (year, height) | CV 2000 / 2020 / 2040 | core's share of cluster manufacturing 2000 → 2020 | core manufacturing LQ | most diversified (sum of LQs) |
|---|---|---|---|---|---|
| \`yrd\` | 2001, 0.270 | 0.272 / 0.190 / 0.124 | Shanghai 0.142 → 0.049 | 0.47 (Suzhou 1.20, Wuxi 1.15, Changzhou 1.14) | Shanghai 10.18 |
| \`gba\` | 2013, 0.239 | 0.211 / 0.231 / 0.165 | Guangzhou 0.127 → 0.088 | 0.31 (Dongguan 1.07, Foshan 1.09) | Guangzhou 11.46 |
| \`jjj\` | 2008, 0.286 | 0.257 / 0.266 / 0.186 | Beijing 0.252 → 0.178 | 0.41 | Beijing 11.59 |
| \`gba-orderly\` | 2013, 0.249 | 0.235 / 0.239 / 0.166 | Guangzhou 0.106 → 0.056 | 0.28 | Guangzhou 11.47 |
| \`jjj-relocation\` | 2008, 0.286 | 0.257 / 0.221 / 0.195 | Beijing 0.252 → 0.082 | 0.36 | Beijing 11.93 |
| \`yrd-barriers\` | 2001, 0.270 | 0.272 / 0.193 / 0.121 | Shanghai 0.142 → 0.061 | 0.53 | Nanjing 10.22 |

The cores' innovation LQ ends at 2.7 (Shanghai), 3.8 (Guangzhou) and 3.5 (Beijing); source 000
gives 3.4–5.1 for the YRD's and GBA's core cities in 2020.

What this reproduces from the sources: a bell-shaped CV in every cluster with the turning point in
2000–2020; the core's share of cluster manufacturing falling by a quarter or more over 2000–2020
in all three clusters (Shanghai −65%, Guangzhou −31%, Beijing −29%); the core's manufacturing LQ
below 1 and the ring cities' (Suzhou, Wuxi, Changzhou; Dongguan, Foshan) above 1; the cores most
diversified and holding the innovation sectors; the GBA more dispersed than the YRD after 2020, the
YRD converging faster; an orderly hierarchy (\`gba-orderly\`) acting as a staircase for industry
(Guangzhou's manufacturing share halves over 2000–2020 against −31% in \`gba\`); moving Beijing's
non-capital functions out cutting Beijing's manufacturing share by 54% and the CV by a sixth by 2020.

Two calibration choices make the GBA's and JJJ's cores shed industry over 2000–2020 rather than
after 2010–2015: the real clusters' firms review their location every ~3 years
(\`params.choice.reviewShare\` 0.3; the default 0.1 is the teaching scenario's), and Beijing's
buildable land is its plains (\`buildableShare\` 0.386: 62% of the municipality is mountains), so
its rents rise like a dense core's. With the default review rate and Beijing's whole area, Guangzhou's
share stayed flat over 2000–2020 (0.181 → 0.179) and Beijing's rose (0.353 → 0.399).

What it does not reproduce: Shanghai's share falls further than the source's "nearly halved"
(−65%). The GBA's manufacturing is spread too evenly: Shenzhen holds 4% of the cluster's
manufacturing employment in 2000 and 2.6% in 2020 (10 seeds), where source 000 has its share of
industrial value added rising from a fifth to a quarter. With 17.6 million residents on ~2,000 km²
Shenzhen is the model's densest city, so its rents push producers out; what kept industry there
in fact — export demand through Hong Kong and the port, outside the 21 cities and outside the
model, which has no external market — is missing. The orderly hierarchy speeds the core's diffusion but not the fall of the CV: \`gba-orderly\`
peaks in the same year as \`gba\` and higher, because the YRD's size profile gives Guangzhou a larger
share of the population to start with. Keeping the provincial barriers (\`yrd-barriers\`) changes the
YRD only a little — its 2020 CV is higher by 0.003 (paired over the 10 seeds: ±0.0002, t = 11.7, a
test checks the direction) — because the barrier cuts come in 2010 and 2019, after the turning
point, and the barrier costs (0.3 × level on the log trade cost) are small against distance;
Poncet's (2005) border effects between Chinese provinces suggest larger ones.
`;