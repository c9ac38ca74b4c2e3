import type { ModelParams, Sector } from './types';

/**
 * Default model parameters. Units and sources are in docs/MODEL.md ("Parameters"); values are
 * calibrated so that the shipped clusters reproduce the sources' stylized facts, not fitted.
 */
export const DEFAULT_PARAMS: ModelParams = {
  sigma: 5,
  housingShare: 0.1,
  congestion: 0.05,
  productivityGrowth: 0.03,
  firmDispersion: 0.3,
  spilloverDecayKm: 80,
  barrier: 0.5,
  initialFirms: 20000,
  initialIndustrialShare: 0.12,
  initialAllocationExponent: 1,
  trade: { costPer100Km: 0.6, declinePerYear: 0.04, barrierCost: 0.3 },
  choice: { reviewShare: 0.1, logitBeta: 8, movingCostPer100Km: 0.15, movingCostFixed: 0.25, barrierMovingCost: 0.3 },
  lifecycle: { innovatingSize: 0.5, matureDiversityFactor: 0.1, innovatingLandFactor: 0.2, matureLocalizationFactor: 1 },
  entry: { rate: 0.05, perMillion: 5, diversityExponent: 1, humanCapitalExponent: 1, sizeExponent: 1, localReserve: 0.3, sectorBeta: 1 },
  exit: { baseRate: 0.03, patience: 3, threshold: 0 },
  migration: { rate: 0.03, beta: 3, costPer100Km: 0.3, barrierCost: 0.5 },
  mechanisms: {
    urbanCosts: true, localization: true, diversity: true, knowledge: true, humanCapital: true,
    lifecycle: true, entry: true, exit: true, migration: true, tradeTrend: true, productivityGrowth: true,
  },
};

const sector = (
  id: string, name: string, nameZh: string, group: Sector['group'], share: number, tradeCost: number,
  localization: number, diversity: number, knowledge: number, humanCapital: number,
  landIntensity: number, innovation: number, maturityYears: number | null,
): Sector => ({ id, name, nameZh, group, share, tradeCost, localization, diversity, knowledge, humanCapital, landIntensity, innovation, maturityYears });

/**
 * Nine sectors, like the sources' nine (Tang Jie sums location quotients over nine sectors):
 * two innovation sectors (digital, research), two services, five manufacturing industries.
 */
export const DEFAULT_SECTORS: Sector[] = [
  sector('digital', 'Digital economy', '数字经济', 'innovation', 0.07, 0.5, 0.03, 0.15, 0.1, 4, 0.02, 0.8, null),
  sector('research', 'Research & tech services', '科研技术服务', 'innovation', 0.05, 0.6, 0.03, 0.15, 0.12, 4.5, 0.02, 0.6, null),
  sector('finance', 'Finance & business services', '金融商务服务', 'services', 0.08, 1.2, 0.04, 0.05, 0.02, 2, 0.04, 1, null),
  sector('logistics', 'Trade & logistics', '商贸物流', 'services', 0.05, 1.5, 0.03, 0.02, 0, 0.2, 0.1, 0.8, null),
  sector('electronics', 'Electronics', '电子信息制造', 'manufacturing', 0.08, 0.8, 0.06, 0.06, 0.03, 0.6, 0.08, 1.5, 8),
  sector('equipment', 'Machinery & equipment', '装备制造', 'manufacturing', 0.07, 0.9, 0.06, 0.05, 0.02, 0.4, 0.1, 1.2, 10),
  sector('autos', 'Automobiles', '汽车制造', 'manufacturing', 0.06, 1.0, 0.07, 0.04, 0.02, 0.4, 0.12, 1, 10),
  sector('chemicals', 'Chemicals & materials', '化工材料', 'manufacturing', 0.05, 1.0, 0.05, 0.02, 0.01, 0.3, 0.15, 0.8, 12),
  sector('textiles', 'Textiles & light industry', '纺织轻工', 'manufacturing', 0.05, 0.8, 0.05, 0.02, 0, 0.1, 0.12, 0.8, 6),
];
