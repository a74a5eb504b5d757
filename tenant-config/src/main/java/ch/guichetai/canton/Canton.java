package ch.guichetai.canton;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One tenant of the platform: a canton and its AI office, as configured in cantons.yml.
 *
 * @param logo a class-path resource (for instance {@code canton-logos/ge.svg})
 */
public record Canton(
        CantonCode code,
        LocalizedText name,
        Office office,
        List<String> hosts,
        List<Language> languages,
        Language defaultLanguage,
        String keycloakRealm,
        MailSender mailSender,
        String logo,
        Set<InvoiceForm> forms,
        RateTable rates) {

    public Canton {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(mailSender, "mailSender");
        Objects.requireNonNull(rates, "rates");
        hosts = List.copyOf(hosts);
        languages = List.copyOf(languages);
        forms = Set.copyOf(forms);
        if (!languages.contains(defaultLanguage)) {
            throw new IllegalArgumentException("default language " + defaultLanguage.code() + " is not one of " + languages);
        }
    }

    public boolean speaks(Language language) {
        return languages.contains(language);
    }

    public boolean isMultilingual() {
        return languages.size() > 1;
    }
}
