package ch.guichetai.tenant;

import ch.guichetai.canton.Canton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The addresses users type for a canton's portal, for links in e-mails and redirects. */
@Component
public class PublicUrls {

    private final String originPattern;

    PublicUrls(@Value("${guichet.public-origin-pattern:https://%s}") String originPattern) {
        this.originPattern = originPattern;
    }

    /** The canton's home page, for instance {@code https://ge.guichet-ai.ch/}. */
    public String home(Canton canton) {
        return originPattern.formatted(canton.hosts().getFirst()) + "/";
    }
}
