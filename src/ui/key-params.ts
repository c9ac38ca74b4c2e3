/**
 * The key parameters the scenario panel offers as sliders: where they live in the scenario
 * file, their range, and their default (docs/MODEL.md, "Parameters").
 */
import { DEFAULT_PARAMS } from '../scenario/defaults';

/** A slider: `id` names its messages (`param.<id>`, `.unit`, `.help`). */
export interface KeyParam {
  id: 'costPer100Km' | 'declinePerYear' | 'barrier' | 'housingShare' | 'congestion' | 'reviewShare' | 'logitBeta' | 'spilloverDecayKm' | 'migrationRate';
  path: string;
  min: number;
  max: number;
  step: number;
  defaultValue: number;
}

const P = DEFAULT_PARAMS;

export const KEY_PARAMS: KeyParam[] = [
  { id: 'costPer100Km', path: 'params.trade.costPer100Km', min: 0, max: 2, step: 0.01, defaultValue: P.trade.costPer100Km },
  { id: 'declinePerYear', path: 'params.trade.declinePerYear', min: 0, max: 0.15, step: 0.005, defaultValue: P.trade.declinePerYear },
  { id: 'barrier', path: 'params.barrier', min: 0, max: 1, step: 0.05, defaultValue: P.barrier },
  { id: 'housingShare', path: 'params.housingShare', min: 0, max: 0.5, step: 0.01, defaultValue: P.housingShare },
  { id: 'congestion', path: 'params.congestion', min: 0, max: 0.3, step: 0.005, defaultValue: P.congestion },
  { id: 'reviewShare', path: 'params.choice.reviewShare', min: 0, max: 1, step: 0.01, defaultValue: P.choice.reviewShare },
  { id: 'logitBeta', path: 'params.choice.logitBeta', min: 0.5, max: 30, step: 0.5, defaultValue: P.choice.logitBeta },
  { id: 'spilloverDecayKm', path: 'params.spilloverDecayKm', min: 5, max: 400, step: 5, defaultValue: P.spilloverDecayKm },
  { id: 'migrationRate', path: 'params.migration.rate', min: 0, max: 0.2, step: 0.005, defaultValue: P.migration.rate },
];
