export interface CostRates {
  hourlyRate: number;
}

export interface ValueRates extends CostRates {
  valuePerConversion: number;
}

export function channelCost(spend: number, staffMinutes: number, rates: CostRates): number {
  return spend + (staffMinutes / 60) * rates.hourlyRate;
}

/** (conversions × value − cost) / cost; null when nothing was spent, because the ratio is undefined. */
export function returnOnInvestment(conversions: number, cost: number, rates: ValueRates): number | null {
  if (cost <= 0) return null;
  return (conversions * rates.valuePerConversion - cost) / cost;
}

export function costPerConversion(cost: number, conversions: number): number | null {
  return conversions > 0 ? cost / conversions : null;
}

export function engagementRate(engagements: number, impressions: number): number | null {
  return impressions > 0 ? engagements / impressions : null;
}
