/** Where a cycle lives in the app (the server's notifications link here too). */
export const cyclePath = (networkId: string, cycleId: string) => `/networks/${networkId}/cycli/${cycleId}`;
export const cyclesTabPath = (networkId: string) => `/networks/${networkId}/leercycli`;
export const reportPath = (networkId: string) => `/networks/${networkId}/cycli-rapport`;
