/** Where a session lives in the app (the server's `intervision.invited` notifications link here too). */
export const sessionPath = (networkId: string, sessionId: string) => `/networks/${networkId}/intervisie/${sessionId}`;
export const intervisionTabPath = (networkId: string) => `/networks/${networkId}/intervisie`;
