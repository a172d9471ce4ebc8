/** Migration 6 of the server's schema, its second half: the exclusion constraint that guards bookings. */
import type { PoolClient } from 'pg';

/**
 * The database's own guard for the simple case: two active bookings of an exclusive
 * space may not overlap, the space's turnover buffer included. `guard_span` is the
 * booking's [start, end + buffer) while it is active and its space exclusive, NULL
 * otherwise (NULL never conflicts). A trigger keeps it, from the space's current mode
 * and buffer, and a change of either recomputes it for the space's bookings: an index
 * expression cannot compute it, since text-to-timestamp casts are not immutable.
 * Shared capacity, families, quotas and windows are the rule engine's, under row locks.
 */
export async function bookingGuard(c: PoolClient): Promise<void> {
  await c.query(`
    CREATE EXTENSION IF NOT EXISTS btree_gist;
    ALTER TABLE bookings ADD COLUMN guard_span tsrange;
    CREATE FUNCTION stagger_guard_span(b_start text, b_end text, b_status text, b_space integer) RETURNS tsrange
      LANGUAGE sql STABLE AS $$
        SELECT CASE WHEN b_status IN ('requested', 'confirmed', 'checked_in') AND s.mode = 'exclusive'
          THEN tsrange(b_start::timestamp, b_end::timestamp + make_interval(mins => s.buffer_minutes))
          ELSE NULL END
        FROM spaces s WHERE s.id = b_space
      $$;
    CREATE FUNCTION stagger_booking_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.guard_span := stagger_guard_span(NEW.start, NEW."end", NEW.status, NEW.space_id);
      RETURN NEW;
    END $$;
    CREATE TRIGGER bookings_guard BEFORE INSERT OR UPDATE OF start, "end", status, space_id ON bookings
      FOR EACH ROW EXECUTE FUNCTION stagger_booking_guard();
    -- A guard that shrinks (a shorter buffer, shared use) is recomputed for every booking
    -- of the space; one that grows only for bookings not yet over, as the app checks a
    -- change of space against bookings to come only (bookings already over may have
    -- been back to back under the old rules).
    CREATE FUNCTION stagger_space_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      shrinks boolean := NEW.mode = 'shared' OR (OLD.mode = NEW.mode AND NEW.buffer_minutes < OLD.buffer_minutes);
      now_text text := to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI');
    BEGIN
      UPDATE bookings SET guard_span = stagger_guard_span(start, "end", status, space_id)
        WHERE space_id = NEW.id AND (shrinks OR "end" > now_text);
      RETURN NULL;
    END $$;
    CREATE TRIGGER spaces_guard AFTER UPDATE OF mode, buffer_minutes ON spaces
      FOR EACH ROW WHEN (OLD.mode IS DISTINCT FROM NEW.mode OR OLD.buffer_minutes IS DISTINCT FROM NEW.buffer_minutes)
      EXECUTE FUNCTION stagger_space_guard();
    ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
      EXCLUDE USING gist (space_id WITH =, guard_span WITH &&);
  `);
}

