/** The word that makes a numbered room one for meetings and classes ("Conference Room B", "Community Room 2"). */
const MEETING_ROOM_BEFORE = /\b(?:conference|community|meeting|board|training|class|multipurpose|multi-purpose|education|activity|break|quiet)\s+$/i;

/** Whether the room named at `index` of `text` is a meeting room, where no patient stays. */
export function isMeetingRoomAt(text: string, index: number): boolean {
  return MEETING_ROOM_BEFORE.test(text.slice(Math.max(0, index - 16), index));
}
