/** Starting values of a new policy event of each type (the timeline's "Add event"). */

export const EVENT_TYPES = ['transport', 'education', 'barrier', 'landCap', 'subsidy', 'enclavePark', 'shock'] as const;
export type EditableEventType = (typeof EVENT_TYPES)[number];

/** A raw event of `type` in `year`, naming the first/last city and the first sector. */
export function eventTemplate(type: EditableEventType, year: number, cities: string[], sectors: string[]): Record<string, unknown> {
  const first = cities[0] ?? '', second = cities[1] ?? first, last = cities[cities.length - 1] ?? first;
  switch (type) {
    case 'transport': return { type, year, cities: [first, second], factor: 0.7 };
    case 'education': return { type, year, cities: [last], increase: 0.02, years: 5 };
    case 'barrier': return { type, year, level: 0 };
    case 'landCap': return { type, year, city: first, landFactor: 0.8 };
    case 'subsidy': return { type, year, city: last, amount: 0.2 };
    case 'enclavePark': return { type, year, from: first, to: last, direction: 'forward', costReduction: 0.3, outputShare: 0.3 };
    case 'shock': return { type, year, sector: sectors[0] ?? '', demand: 0.2, duration: 3 };
  }
}
