/** A meeting's own page, under its network. */
export const meetingPath = (networkId: string, meetingId: string) => `/networks/${networkId}/bijeenkomsten/${meetingId}`;
