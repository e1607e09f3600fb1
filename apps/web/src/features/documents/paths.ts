/** The practice tab of a network, and one page in it. */
export const PRACTICE_TAB = 'praktijk';
export const practicePath = (networkId: string) => `/networks/${networkId}/${PRACTICE_TAB}`;
export const practicePagePath = (networkId: string, documentId: string) => `${practicePath(networkId)}/${documentId}`;
