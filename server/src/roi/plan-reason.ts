import type { RoiEstimate } from './roi-estimate';
import type { SlotChoice } from './slot-finder';
import { formatSlotLabel } from './zoned-time';

export type PickMode = 'ranked' | 'exploration' | 'editor';

function times(value: number): string {
  return `${value.toFixed(1)}×`;
}

export function describeRoi(estimate: RoiEstimate): string {
  if (estimate.expectedRoi === null || estimate.roiLow === null || estimate.roiHigh === null) {
    return estimate.totals.clicks === 0 ? 'ROI unknown (no clicks yet)' : 'ROI unknown (no cost recorded)';
  }
  return `ROI ${times(estimate.expectedRoi)} (${estimate.roiLow.toFixed(1)}–${estimate.roiHigh.toFixed(1)})`;
}

export function describeSlot(slot: SlotChoice, timezone: string): string {
  const label = `${formatSlotLabel(slot.weekday, slot.hour)} ${timezone}`;
  return slot.isTopSlot ? `best ${label}` : `next free ${label} (top slots full)`;
}

export function describePick(
  channelName: string,
  mode: PickMode,
  estimate: RoiEstimate,
  slot: SlotChoice,
  timezone: string,
): string {
  const prefix =
    mode === 'exploration'
      ? `exploring (${estimate.totals.clicks} clicks so far), `
      : mode === 'editor'
        ? "editor's choice, "
        : '';
  return `${channelName}: ${prefix}${describeRoi(estimate)}, ${describeSlot(slot, timezone)}`;
}

export function describeBelowFloor(channelName: string, estimate: RoiEstimate, floor: number): string {
  return `${channelName}: ${describeRoi(estimate)} below floor ${times(floor)}`;
}
