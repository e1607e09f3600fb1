import type { MeetingDetail, Network } from '@broedplaats/contracts';

/** What every part of a meeting's page gets. */
export type MeetingPartProps = {
  network: Network;
  meeting: MeetingDetail;
  /** Plans, runs and records the meeting (the network's facilitators). */
  isFacilitator: boolean;
  meId: string;
  /** Archived network or cancelled meeting: nothing changes any more. */
  readOnly: boolean;
  /** When the page opened: whether the meeting has begun or is over is read against it. */
  openedAt: number;
};
