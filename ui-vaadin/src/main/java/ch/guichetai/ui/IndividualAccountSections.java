package ch.guichetai.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The sections that features add to an individual's "Mon compte", the way {@link MainLayout.MenuEntry}
 * beans add pages to the menu: the account page needs no dependency on those features (which
 * depend on accounts themselves).
 */
@org.springframework.stereotype.Component
public class IndividualAccountSections {

    /** A feature's section of an individual's "Mon compte"; a Spring bean. */
    public interface Section {
        Component create(long accountId);
    }

    private final ObjectProvider<Section> sections;

    IndividualAccountSections(ObjectProvider<Section> sections) {
        this.sections = sections;
    }

    /** Adds every feature's section for this individual account to the page, in the beans' order. */
    public void addTo(HasComponents page, long accountId) {
        sections.orderedStream().forEach(section -> page.add(section.create(accountId)));
    }
}
