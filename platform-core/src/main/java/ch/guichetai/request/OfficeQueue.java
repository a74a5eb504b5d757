package ch.guichetai.request;

import ch.guichetai.company.CompanyNames;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The office's work queue (ADR 0035): every request of the current canton, filtered and sorted, for
 * its office staff only; anyone else is refused. A company's rows carry its current name, read from
 * the company module in one query for the page (the request keeps only the company's id).
 */
@Service
public class OfficeQueue {

    private final RequestQueries rows;
    private final CompanyNames companyNames;

    OfficeQueue(RequestQueries rows, CompanyNames companyNames) {
        this.rows = rows;
        this.companyNames = companyNames;
    }

    /** @throws Actor.NotAllowedException unless the actor is office staff of the current canton */
    public List<QueueRow> page(Actor actor, RequestFilter filter, QueueSort sort, Rows page) {
        actor.requireOffice();
        List<QueueRow> found = rows.queue(filter, sort, page);
        Map<Long, String> names = companyNames.of(found.stream().flatMap(row -> row.companyId().stream())
                .collect(Collectors.toSet()));
        return found.stream().map(row -> row.companyId().map(names::get).map(row::ofCompany).orElse(row)).toList();
    }

    /** @throws Actor.NotAllowedException unless the actor is office staff of the current canton */
    public long count(Actor actor, RequestFilter filter) {
        actor.requireOffice();
        return rows.queueCount(filter);
    }

    /**
     * The other requests of the canton with the same beneficiary, form, service period and total;
     * empty for a request that does not exist here.
     *
     * @throws Actor.NotAllowedException unless the actor is office staff of the current canton
     */
    public List<PossibleDuplicate> duplicatesOf(Actor actor, long requestId) {
        actor.requireOffice();
        return rows.duplicatesOf(requestId);
    }
}
