import seedrandom from 'seedrandom';

/** A city of the reference model: position in the square and land area. */
export interface ReferenceCity {
  x: number;
  y: number;
  area: number;
}

/**
 * The city layout, drawn from its own stream `alea("geo:<seed>")` in the order x, y, area per
 * city, as bench-peers' `cityData` does: every version of the model gets the same cities for a
 * given seed. x, y uniform in [0, side); area uniform in [1, 10].
 */
export function cityLayout(seed: number, N: number, side = 100): ReferenceCity[] {
  const geo = seedrandom.alea(`geo:${seed}`);
  const cities: ReferenceCity[] = [];
  for (let i = 0; i < N; i++) {
    const x = geo() * side;
    const y = geo() * side;
    cities.push({ x, y, area: 1 + 9 * geo() });
  }
  return cities;
}
