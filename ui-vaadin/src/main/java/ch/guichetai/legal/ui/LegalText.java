package ch.guichetai.legal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A legal text kept in its own file per language ({@code legal/<name>_<language>.txt}), so that
 * lawyers and translators edit plain text instead of Java or the UI bundle. The format is a small
 * subset of Markdown: "## " a section heading (h2), "### " a sub-heading (h3), "- " a list item
 * (consecutive items make one list), any other line a paragraph, "#" at the start of a line a
 * comment for editors, blank lines nothing. {placeholders} are replaced by the canton's values; the text becomes components (not
 * HTML), so a configured value can never inject markup.
 */
final class LegalText {

    private LegalText() {
    }

    static List<Component> render(String name, String language, Map<String, String> values) {
        List<Component> out = new ArrayList<>();
        UnorderedList list = null;
        for (String raw : read(name, language).split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                list = null;
                continue;
            }
            if (line.startsWith("#") && !line.startsWith("## ") && !line.startsWith("### ")) {
                continue; // a comment for editors
            }
            line = fill(line, values, name);
            boolean item = line.startsWith("- ");
            if (!item) {
                list = null;
            }
            if (line.startsWith("## ")) {
                out.add(new H2(line.substring(3)));
            } else if (line.startsWith("### ")) {
                out.add(new H3(line.substring(4)));
            } else if (item) {
                if (list == null) {
                    list = new UnorderedList();
                    out.add(list);
                }
                list.add(new ListItem(line.substring(2)));
            } else {
                out.add(new Paragraph(line));
            }
        }
        return out;
    }

    /** Replaces every {key}; an unknown key is a mistake in the text and stops the page. */
    private static String fill(String line, Map<String, String> values, String name) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int open = line.indexOf('{', at);
            if (open < 0) {
                return out.append(line.substring(at)).toString();
            }
            int close = line.indexOf('}', open);
            String key = close < 0 ? null : line.substring(open + 1, close);
            if (key == null || !values.containsKey(key)) {
                throw new IllegalStateException("legal text '" + name + "': unknown placeholder in '" + line + "'");
            }
            out.append(line, at, open).append(values.get(key));
            at = close + 1;
        }
    }

    private static String read(String name, String language) {
        String path = "/legal/" + name + "_" + language + ".txt";
        try (InputStream in = LegalText.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing legal text " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
