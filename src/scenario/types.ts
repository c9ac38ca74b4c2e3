/**
 * The scenario as the engine sees it: every field present, defaults filled in.
 * `scenarios/schema.json` describes the file format (where most fields are optional);
 * `resolveScenario` in `./resolve` turns a validated file into this shape.
 */

export type SectorGroup = 'manufacturing' | 'innovation' | 'services' | 'other';
export type CityTier = 'core' | 'large' | 'medium' | 'small';

export interface City {
  name: string;
  nameZh?: string;
  /** Position in km on a local plane (lon/lat are projected when the file gives them). */
  x: number;
  y: number;
  lat?: number;
  lon?: number;
  /** Land area, km². */
  area: number;
  /** Share of the area that can be built on (plains outside protected land), 0–1: land supply = area × share. */
  buildableShare: number;
  /** Resident population at the start, millions. */
  population: number;
  /** College-educated share of residents, 0–1. */
  humanCapital: number;
  /** Amenity, a log-utility shifter for migrants (0 = neutral). */
  amenity: number;
  /** Administrative region (province); crossing one costs the barrier. */
  region: string;
  tier: CityTier;
}

export interface Sector {
  id: string;
  name?: string;
  nameZh?: string;
  group: SectorGroup;
  /** μ_s: share of consumer spending on the sector's varieties. */
  share: number;
  /** ψ_s: multiplies the iceberg trade cost (0 = costless to trade, 1 = the cluster's rate). */
  tradeCost: number;
  /** α_s: elasticity of productivity to own-sector employment nearby (MAR / localization). */
  localization: number;
  /** β_s: elasticity of productivity to the city's Jacobs diversity (innovating firms). */
  diversity: number;
  /** κ_s: elasticity of productivity to innovation employment nearby (knowledge spillovers). */
  knowledge: number;
  /** η_s: semi-elasticity of productivity to the city's human capital share (innovating firms). */
  humanCapital: number;
  /** ℓ_s: elasticity of the firm's payoff to land rent (land intensity, mature firms). */
  landIntensity: number;
  /** Relative weight of the sector among newborn firms (innovation intensity). */
  innovation: number;
  /** Mean years from birth to maturity; null = the sector's firms never standardise. */
  maturityYears: number | null;
}

export interface TradeParams {
  /** τ₀: log iceberg cost per 100 km at the start year (T_ij = exp(τ ψ_s d_ij/100 q_ij)). */
  costPer100Km: number;
  /** Yearly proportional fall of τ (transport improvement); 0 = constant. */
  declinePerYear: number;
  /** Log iceberg cost added per unit of barrier level when two cities lie in different regions. */
  barrierCost: number;
}

export interface ChoiceParams {
  /** Share of firms that review their location each year. */
  reviewShare: number;
  /** Logit sensitivity β: 1/β is the scale of the idiosyncratic (Gumbel) taste noise. */
  logitBeta: number;
  /** Moving cost in log payoff per 100 km. */
  movingCostPer100Km: number;
  /** Fixed moving cost (log payoff) of leaving the current city. */
  movingCostFixed: number;
  /** Moving cost (log payoff) per unit of barrier level when crossing a regional border. */
  barrierMovingCost: number;
}

export interface LifecycleParams {
  /** Innovating firms' employment relative to a mature firm's. */
  innovatingSize: number;
  /** Mature firms' diversity and human-capital elasticities relative to innovating firms'. */
  matureDiversityFactor: number;
  /** Mature firms' land intensity relative to the sector's ℓ_s (innovating firms use ℓ_s × innovatingLandFactor). */
  innovatingLandFactor: number;
  /** Mature firms' localization elasticity relative to innovating firms'. */
  matureLocalizationFactor: number;
}

export interface EntryParams {
  /** Births per year as a share of the firms alive. */
  rate: number;
  /** Births per year per million residents of the cluster (seeds industry in a pre-industrial cluster). */
  perMillion: number;
  /** Exponents of diversity, human capital and size in innovation capacity. */
  diversityExponent: number;
  humanCapitalExponent: number;
  sizeExponent: number;
  /** Share of a city's population kept in local activities before its new firms recruit migrants from the cluster. */
  localReserve: number;
  /** β_e: how strongly founders pick the sectors their city offers more than the cluster's mean. */
  sectorBeta: number;
}

export interface ExitParams {
  /** Random exit probability per year (turnover). */
  baseRate: number;
  /** Years below the threshold after which a firm exits. */
  patience: number;
  /** A firm is below threshold when its log real pay per worker falls under the local real wage plus this margin. */
  threshold: number;
}

export interface MigrationParams {
  /** Share of the non-firm population that reconsiders its city each year. */
  rate: number;
  /** Logit sensitivity to log real income per capita. */
  beta: number;
  /** Migration cost in log utility per 100 km. */
  costPer100Km: number;
  /** Migration cost across a regional border, per unit of barrier level (e.g. hukou). */
  barrierCost: number;
}

export interface Mechanisms {
  urbanCosts: boolean;
  localization: boolean;
  diversity: boolean;
  knowledge: boolean;
  humanCapital: boolean;
  lifecycle: boolean;
  entry: boolean;
  exit: boolean;
  migration: boolean;
  tradeTrend: boolean;
  productivityGrowth: boolean;
}

export interface ModelParams {
  /** σ: elasticity of substitution between varieties (Dixit–Stiglitz). */
  sigma: number;
  /** μ_H: housing share of spending; land stock fixed (Helpman 1998). */
  housingShare: number;
  /** γ: congestion elasticity of the payoff to density (residents per km²). */
  congestion: number;
  /** Yearly productivity growth of every activity. */
  productivityGrowth: number;
  /** Std. dev. of log firm productivity at birth. */
  firmDispersion: number;
  /** Distance (km) over which localization and knowledge spillovers fall by 1/e. */
  spilloverDecayKm: number;
  /** Initial barrier level between regions, 0 (unified market) to 1. */
  barrier: number;
  /** Firms at the start. */
  initialFirms: number;
  /** Share of residents employed by firms at the start. */
  initialIndustrialShare: number;
  /** Exponent of city population in the initial allocation of firms (1 = proportional). */
  initialAllocationExponent: number;
  trade: TradeParams;
  choice: ChoiceParams;
  lifecycle: LifecycleParams;
  entry: EntryParams;
  exit: ExitParams;
  migration: MigrationParams;
  mechanisms: Mechanisms;
}

/** Events: time-stamped policy levers and shocks (model-brief "Policy levers"). */
export type ScenarioEvent =
  | { type: 'transport'; year: number; cities: string[]; factor: number; label?: string }
  | { type: 'education'; year: number; cities: string[]; increase: number; years: number; label?: string }
  | { type: 'barrier'; year: number; level: number; label?: string }
  | { type: 'landCap'; year: number; city: string; landFactor?: number; sector?: string; maxShare?: number; label?: string }
  | { type: 'subsidy'; year: number; city: string; amount: number; sectors?: string[]; label?: string }
  | {
      type: 'enclavePark'; year: number; from: string; to: string;
      direction: 'forward' | 'reverse' | 'twoWay';
      sectors?: string[]; costReduction: number; outputShare: number; label?: string;
    }
  | { type: 'shock'; year: number; sector: string; demand?: number; productivity?: number; duration?: number; label?: string }
  | { type: 'newCity'; year: number; city: City; label?: string };

export interface Scenario {
  name: string;
  description: string;
  startYear: number;
  years: number;
  seed: number;
  cities: City[];
  sectors: Sector[];
  params: ModelParams;
  events: ScenarioEvent[];
}
