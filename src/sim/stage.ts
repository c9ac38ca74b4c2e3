import type { ModelParams, Sector } from '../scenario/types';
import { INNOVATING } from '../agents/firm-store';

/**
 * How a firm's life-cycle stage scales its sector's parameters (Duranton & Puga 2001 nursery
 * cities; Vernon 1966 product cycle): innovating firms are small and gain most from diversity
 * and human capital; mature firms gain from localization and use more land.
 * With the life cycle switched off both stages get the sector's parameters unchanged.
 */
export interface StageFactors {
  size: number;
  localization: number;
  diversity: number;
  land: number;
}

export function stageFactors(p: ModelParams, stage: number): StageFactors {
  if (!p.mechanisms.lifecycle) return { size: 1, localization: 1, diversity: 1, land: 1 };
  const lc = p.lifecycle;
  return stage === INNOVATING
    ? { size: lc.innovatingSize, localization: 1, diversity: 1, land: lc.innovatingLandFactor }
    : { size: 1, localization: lc.matureLocalizationFactor, diversity: lc.matureDiversityFactor, land: 1 };
}

/** Land intensity ℓ of a sector at a stage. */
export function landIntensity(sector: Sector, f: StageFactors): number {
  return sector.landIntensity * f.land;
}
