package ch.guichetai.testdata;

import ch.guichetai.audit.AuditEvent;
import ch.guichetai.audit.AuditFilter;
import ch.guichetai.audit.AuditTrail;
import ch.guichetai.canton.CantonCode;
import ch.guichetai.identity.Actor;
import ch.guichetai.paging.Rows;
import ch.guichetai.tenant.TenantContext;
import java.util.List;

/** What a change left in the audit trail (ADR 0039), read as the canton's office administrator reads it. */
public final class TestAuditTrail {

    private TestAuditTrail() {
    }

    /** The events {@code change}, run in the canton, recorded there: newest first, none when it recorded nothing. */
    public static List<AuditEvent> recordedBy(AuditTrail audit, String canton, Runnable change) {
        CantonCode code = new CantonCode(canton);
        Actor admin = TestActors.officeAdmin(canton);
        long before = TenantContext.callAs(code, () -> audit.count(admin, AuditFilter.NONE));
        TenantContext.runAs(code, change);
        List<AuditEvent> all = TenantContext.callAs(code, () -> audit.page(admin, AuditFilter.NONE, new Rows(0, Rows.MAX_LIMIT)));
        return all.subList(0, (int) (all.size() - before));
    }
}
