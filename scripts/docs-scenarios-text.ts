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
