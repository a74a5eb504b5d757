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

    /**
     * Waits first until no animation runs: axe reads colours and elements as they are now, and an
     * overlay fading in or out (a dialog, a select's list) is read half there on a loaded machine.
     */
    static void assertNoViolations(Page page) {
        page.waitForFunction("() => document.getAnimations().every(animation => animation.playState !== 'running')");
        AxeResults axe = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        assertThat(axe.getViolations().stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " "
                + rule.getNodes().stream().map(node -> node.getHtml()).toList()).toList()).as(page.url()).isEmpty();
        assertThat(axe.getPasses().stream().map(rule -> rule.getId())).as("axe ran its checks").contains("color-contrast");
    }
}
