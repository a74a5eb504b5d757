package ch.guichetai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import java.util.List;

/** axe-core's WCAG 2.0/2.1 A and AA rules on a page as the browser shows it (eCH-0059 asks for AA). */
final class Accessibility {

    private Accessibility() {
    }

    static void assertNoViolations(Page page) {
        AxeResults axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(axe.getViolations().stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> node.getHtml()).toList()).toList()).as(page.url()).isEmpty();
        assertThat(axe.getPasses().stream().map(rule -> rule.getId())).as("axe ran its checks").contains("color-contrast");
    }
}
