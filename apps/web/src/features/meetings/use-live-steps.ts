import { useEffect } from 'react';
import { clientEvents, type LiveState, type LiveSubjectKind } from '@broedplaats/contracts';
import { useSocket } from '../../lib/socket';
import { subjectKey, useStepsStore } from '../live-steps/store';

/**
 * Follows a meeting's (or an intervision session's) step-through: starts from the state the page loaded (stamped with when it was
 * fetched, so the clock offset is right), then the newest `steps.changed`; tells the server this page
 * watches (presence) on open and after every reconnect, and stops on leave.
 */
export function useLiveSteps(networkId: string, subjectId: string, loaded: LiveState, loadedAt: number, subjectKind: LiveSubjectKind = 'meeting') {
  const key = subjectKey(subjectKind, subjectId);
  const apply = useStepsStore((s) => s.apply);
  const applyViewers = useStepsStore((s) => s.applyViewers);
  const state = useStepsStore((s) => s.states[key]);
  const viewers = useStepsStore((s) => s.viewers[key]);
  const socket = useSocket();

  useEffect(() => apply(loaded, loadedAt), [apply, loaded, loadedAt]);

  useEffect(() => {
    if (!socket) return;
    const query = { subjectKind, subjectId };
    const watch = () =>
      socket.emit('steps.watch', query, (answer) => {
        const parsed = clientEvents['steps.watch'].ack.safeParse(answer);
        if (parsed.success && 'viewers' in parsed.data) applyViewers({ ...query, networkId, viewers: parsed.data.viewers });
      });
    if (socket.connected) watch();
    socket.on('connect', watch);
    return () => {
      socket.off('connect', watch);
      socket.emit('steps.unwatch', query, () => undefined);
    };
  }, [socket, subjectKind, subjectId, networkId, applyViewers]);

  return { state: state ?? loaded, viewers: viewers ?? [] };
}

/** The current step and where it is in the list. */
export function currentStep(state: LiveState) {
  const index = state.steps.findIndex((s) => s.id === state.currentStepId);
  return index < 0 ? null : { step: state.steps[index], index, total: state.steps.length };
}
