package ch.guichetai.ui;

import ch.guichetai.canton.Canton;
import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.tenant.TenantContext;
import org.springframework.stereotype.Component;

/** The canton whose host the current request came to, for views. */
@Component
public class CurrentCanton {

    private final CantonCatalog catalog;

    CurrentCanton(CantonCatalog catalog) {
        this.catalog = catalog;
    }

    public Canton get() {
        return catalog.require(TenantContext.current());
    }
}
