/**
 * Features that react to another's change hear of it through an event after the change
 * is committed, instead of being called from inside it: a cancellation announces that a
 * slot was freed, and the waitlist (or, later, other desks' screens) listens. So the
 * bookings know nothing of the desk, and a listener that fails cannot undo a write the
 * user already saw succeed.
 */
import type { Kysely } from 'kysely';
import type { Booking } from '../../shared/domain';
import type { DB } from '../db/schema';

export type DomainEvent =
  /** A booking stopped holding its slot: cancelled, or a request declined. */
  { type: 'booking.freed'; booking: Booking };

type EventOf<T extends DomainEvent['type']> = Extract<DomainEvent, { type: T }>;
type Listener<E> = (event: E) => Promise<void> | void;

/** Events raised inside a write transaction wait here until it commits; a rollback drops them. */
const outboxes = new WeakMap<Kysely<DB>, DomainEvent[]>();

/** Start collecting the events of a transaction (the store does this when it opens one). */
export function openOutbox(tx: Kysely<DB>): DomainEvent[] {
  const box: DomainEvent[] = [];
  outboxes.set(tx, box);
  return box;
}

/** Announce an event of the write running in `tx`; it is delivered after the commit. */
export function emit(tx: Kysely<DB>, event: DomainEvent): void {
  const box = outboxes.get(tx);
  // A programming error, not a user's: events only make sense for a write.
  if (!box) throw new Error(`event ${event.type} raised outside a write transaction`);
  box.push(event);
}

export class EventBus {
  private readonly listeners = new Map<DomainEvent['type'], Listener<DomainEvent>[]>();

  constructor(private readonly log: (message: string, error: unknown) => void = () => {}) {}

  on<T extends DomainEvent['type']>(type: T, listener: Listener<EventOf<T>>): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener as Listener<DomainEvent>]);
  }

  /**
   * Deliver committed events in order, each listener in turn. A listener's failure is
   * logged and does not reach the caller: the write it reacts to stands.
   */
  async publish(events: readonly DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const listener of this.listeners.get(event.type) ?? []) {
        try {
          await listener(event);
        } catch (e) {
          this.log(`listener of ${event.type} failed`, e);
        }
      }
    }
  }
}
