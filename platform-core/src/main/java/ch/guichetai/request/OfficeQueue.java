package ch.guichetai.request;

import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The office's work queue (ADR 0035): every request of the current canton, filtered and sorted, for
 * its office staff only; anyone else is refused.
 */
@Service
public class OfficeQueue {

    private final QueueRows rows;

    OfficeQueue(QueueRows rows) {
        this.rows = rows;
    }

    /** @throws Actor.NotAllowedException unless the actor is office staff of the current canton */
    public List<QueueRow> page(Actor actor, RequestFilter filter, QueueSort sort, Rows page) {
        requireStaff(actor);
        return rows.queue(filter, sort, page);
    }

    /** @throws Actor.NotAllowedException unless the actor is office staff of the current canton */
    public long count(Actor actor, RequestFilter filter) {
        requireStaff(actor);
        return rows.queueCount(filter);
    }

    /**
     * The other requests of the canton with the same beneficiary, form, service period and total;
     * empty for a request that does not exist here.
     *
     * @throws Actor.NotAllowedException unless the actor is office staff of the current canton
     */
    public List<Long> duplicatesOf(Actor actor, long requestId) {
        requireStaff(actor);
        return rows.duplicatesOf(requestId);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isOfficeStaff() || !actor.actsInCurrentCanton()) {
            throw new Actor.NotAllowedException(actor, "office staff of this canton");
        }
    }
}
