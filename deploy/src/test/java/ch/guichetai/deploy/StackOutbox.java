package ch.guichetai.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a local stack started by an end-to-end test sends, as the test reads it: e-mails in the
 * browser inbox on {@code mailPort}, SMS in the development outbox file; plus the demo users'
 * mobile numbers.
 */
record StackOutbox(int mailPort, Path smsOutbox) {

    /** Opens the newest e-mail with this subject to this address, waiting for it as long as {@link Chromium#WAIT_MILLIS}. */
    void openLastMailTo(Page inbox, String email, String subject) throws InterruptedException {
        long deadline = System.currentTimeMillis() + (long) Chromium.WAIT_MILLIS;
        Locator mail = inbox.locator("tr", new Page.LocatorOptions().setHasText(email))
                .locator("a", new Locator.LocatorOptions().setHasText(subject));
        do {
            inbox.navigate("http://localhost:" + mailPort + "/");
            if (mail.count() > 0) {
                mail.first().click(); // newest first
                inbox.waitForLoadState();
                return;
            }
            Thread.sleep(1_000);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("no e-mail '" + subject + "' to " + email + " within " + Chromium.WAIT_MILLIS + " ms");
    }

    static String firstLinkOf(Page mail, String containing) {
        Matcher matcher = Pattern.compile("https?://[^\\s\"<>]+").matcher(mail.content().replace("&amp;", "&"));
        while (matcher.find()) {
            if (matcher.group().contains(containing)) {
                return matcher.group();
            }
        }
        throw new AssertionError("no link with " + containing + " in the e-mail");
    }

    /** The 6-digit code of the first SMS to {@code mobile} after the {@code smsBefore} already sent. */
    String awaitNewCode(String mobile, long smsBefore) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + (long) Chromium.WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            List<String> lines = smsTo(mobile);
            if (lines.size() > smsBefore) {
                Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(lines.getLast().substring(lines.getLast().indexOf("\"text\"")));
                assertThat(code.find()).isTrue();
                return code.group(1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no SMS to " + mobile);
    }

    long smsCount(String mobile) throws IOException {
        return smsTo(mobile).size();
    }

    List<String> smsTo(String mobile) throws IOException {
        if (!Files.exists(smsOutbox)) {
            return List.of();
        }
        return Files.readAllLines(smsOutbox).stream().filter(line -> line.contains("\"to\":\"" + mobile + "\"")).toList();
    }

    static String mobileOf(String demoEmail) {
        return DemoUsers.byCanton(cantons()).values().stream().flatMap(List::stream)
                .filter(user -> user.email().equals(demoEmail)).findFirst().orElseThrow().mobileNumber();
    }

    static CantonCatalog cantons() {
        ClassLoader classes = StackOutbox.class.getClassLoader();
        return new CantonCatalogLoader(classes).load(List.of(
                new CantonCatalogLoader.Source("cantons.yml", classes.getResourceAsStream("cantons.yml"))));
    }

    /** +41796012345 as people type it: 079 601 23 45. */
    static String national(String e164) {
        String digits = "0" + e164.substring(3);
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6, 8) + " " + digits.substring(8);
    }
}
