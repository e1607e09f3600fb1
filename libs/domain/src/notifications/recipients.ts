/**
 * Who is told: each person once, never the one who did it (you do not need telling what you did),
 * and in the order given (the first caller's order, so tests and digests read predictably).
 */
export function notificationRecipients(recipients: readonly string[], actorId: string | null): string[] {
  return [...new Set(recipients)].filter((id) => id !== actorId);
}
