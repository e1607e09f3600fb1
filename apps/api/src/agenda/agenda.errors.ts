import type { StatusVerdict } from '@broedplaats/domain';
import { AppError, forbidden, validationFailed } from '../core/errors';

/** A status verdict as the caller hears it. */
export function enforceStatus(verdict: StatusVerdict): void {
  if (verdict === 'invalid_transition') throw new AppError('invalid_transition', 'A question cannot go from this status to that one');
  if (verdict === 'forbidden') throw forbidden('Only facilitators change the status; the proposer may withdraw a proposed question');
  if (verdict === 'reason_required') throw validationFailed({ reason: 'Say why it is set aside' });
}

export const statusChanged = () => new AppError('status_changed', 'Someone changed this question’s status meanwhile');
