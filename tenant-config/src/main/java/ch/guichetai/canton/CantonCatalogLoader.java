package ch.guichetai.canton;

import ch.guichetai.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads cantons.yml into a {@link CantonCatalog}. Every value is checked; the first missing or
 * malformed one stops the load with a message naming the canton and the key, for example
 * {@code canton 'ge': key 'office.phone' is missing}.
 */
public final class CantonCatalogLoader {

    private final ClassLoader resources;

    /** @param resources where logos named in the file must exist */
    public CantonCatalogLoader(ClassLoader resources) {
        this.resources = resources;
    }

    /** One YAML document with cantons; the name only serves error messages. */
    public record Source(String name, InputStream content) {
    }

    /** Loads the cantons of every source; a canton code may appear in one source only. */
    public CantonCatalog load(List<Source> sources) {
        Map<String, Canton> cantons = new LinkedHashMap<>();
        for (Source source : sources) {
            for (Canton canton : load(source)) {
                if (cantons.putIfAbsent(canton.code().value(), canton) != null) {
                    throw new CantonConfigurationException("canton '" + canton.code() + "' is defined twice (again in "
                            + source.name() + ")");
                }
            }
        }
        return new CantonCatalog(List.copyOf(cantons.values()));
    }

    private List<Canton> load(Source source) {
        Object root;
        try (Reader reader = new InputStreamReader(source.content(), StandardCharsets.UTF_8)) {
            root = yaml().load(reader);
        } catch (IOException | YAMLException e) {
            throw new CantonConfigurationException(source.name() + " is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("cantons") instanceof Map<?, ?> cantons) || cantons.isEmpty()) {
            throw new CantonConfigurationException(source.name() + " must hold a non-empty map 'cantons' keyed by canton code");
        }
        List<Canton> result = new ArrayList<>();
        for (Map.Entry<?, ?> entry : cantons.entrySet()) {
            String code = String.valueOf(entry.getKey());
            result.add(canton(code, new Node(source.name(), code, "", entry.getValue())));
        }
        return result;
    }

    /** Safe YAML that leaves dates as text, so that LocalDate parses them strictly (no 2023-13-01). */
    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        Resolver withoutTimestamps = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
                addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
                addImplicitResolver(Tag.INT, INT, "-+0123456789");
                addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
                addImplicitResolver(Tag.MERGE, MERGE, "<");
                addImplicitResolver(Tag.NULL, NULL, "~nN\0");
                addImplicitResolver(Tag.NULL, EMPTY, null);
            }
        };
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                withoutTimestamps);
    }

    private Canton canton(String code, Node node) {
        CantonCode cantonCode = node.convert(code, CantonCode::new);
        List<Language> languages = node.at("languages").list().stream()
                .map(language -> language.as(Language::fromCode)).toList();
        if (languages.isEmpty()) {
            throw node.at("languages").malformed("at least one language is needed");
        }
        Language defaultLanguage = node.at("default-language").as(Language::fromCode);
        if (!languages.contains(defaultLanguage)) {
            throw node.at("default-language").malformed("'" + defaultLanguage.code() + "' is not one of 'languages'");
        }
        Set<InvoiceForm> forms = EnumSet.noneOf(InvoiceForm.class);
        node.at("forms").list().forEach(form -> forms.add(form.as(InvoiceForm::fromOfficialNumber)));
        RateTable rates = rates(node.at("rates"));
        for (InvoiceForm form : forms) {
            for (RateKind needed : RateKind.values()) {
                if (form.requiredRates().contains(needed) && !rates.defines(needed)) {
                    throw new Node(node.source(), node.canton(), "rates." + needed.key(), null)
                            .missing("form " + form.officialNumber() + " needs it");
                }
            }
        }
        String logo = node.at("logo").text();
        if (resources.getResource(logo) == null) {
            throw node.at("logo").malformed("'" + logo + "' is not on the class path");
        }
        return new Canton(
                cantonCode,
                localized(node.at("name")),
                office(node.at("office")),
                node.at("hosts").list().stream().map(host -> host.as(CantonCatalogLoader::hostName)).toList(),
                languages,
                defaultLanguage,
                node.at("keycloak-realm").as(CantonCatalogLoader::realmName),
                new MailSender(node.at("mail-sender.address").as(MailSender::checkAddress),
                        localized(node.at("mail-sender.name"))),
                logo,
                forms,
                rates);
    }

    private Office office(Node node) {
        Node address = node.at("address");
        OfficeAddress officeAddress = new OfficeAddress(
                address.at("street").text(),
                address.optional("po-box").map(box -> String.valueOf(box.value()).trim()),
                address.at("postal-code").as(OfficeAddress::checkPostalCode),
                localized(address.at("locality")));
        List<OpeningHours> hours = node.at("opening-hours").list().stream()
                .map(slot -> slot.as(OpeningHours::parse)).toList();
        if (hours.isEmpty()) {
            throw node.at("opening-hours").missing("at least one slot is needed");
        }
        return new Office(localized(node.at("name")), officeAddress, node.at("phone").as(Office::checkPhone), hours,
                node.at("decision-code").as(Office::checkDecisionCode));
    }

    private RateTable rates(Node node) {
        Map<RateKind, List<RatePeriod>> periods = new EnumMap<>(RateKind.class);
        for (Map.Entry<String, Node> entry : node.map().entrySet()) {
            RateKind kind = entry.getValue().convert(entry.getKey(), RateKind::fromKey);
            List<RatePeriod> list = new ArrayList<>();
            for (Node period : entry.getValue().list()) {
                list.add(period.convert(period, p -> new RatePeriod(
                        p.at("valid-from").as(CantonCatalogLoader::date),
                        p.optional("valid-until").map(until -> until.as(CantonCatalogLoader::date)),
                        p.at("amount").as(Money::chf))));
            }
            if (list.isEmpty()) {
                throw entry.getValue().missing("at least one period is needed");
            }
            periods.put(kind, list);
        }
        return node.convert(periods, RateTable::new);
    }

    private static LocalizedText localized(Node node) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        node.map().forEach((language, text) -> values.put(text.convert(language, Language::fromCode), text.text()));
        return node.convert(values, LocalizedText::new);
    }

    private static String hostName(String host) {
        if (!host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
            throw new IllegalArgumentException("'" + host + "' is not a lower-case host name");
        }
        return host;
    }

    private static String realmName(String realm) {
        if (!realm.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("'" + realm + "' is not a realm name (lower-case letters, digits, dashes)");
        }
        return realm;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected a date like 2024-01-31, not '" + text + "'");
        }
    }

    /** A value in the file and where it is, so that every error can say so. */
    private record Node(String source, String canton, String path, Object value) {

        Node at(String dottedKey) {
            Node node = this;
            for (String key : dottedKey.split("\\.")) {
                String childPath = node.path.isEmpty() ? key : node.path + "." + key;
                if (!(node.value instanceof Map<?, ?> map) || map.get(key) == null) {
                    throw new Node(source, canton, childPath, null).missing(null);
                }
                node = new Node(source, canton, childPath, map.get(key));
            }
            return node;
        }

        Optional<Node> optional(String key) {
            return value instanceof Map<?, ?> map && map.get(key) != null
                    ? Optional.of(at(key))
                    : Optional.empty();
        }

        String text() {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw malformed("expected a single value");
            }
            String text = value instanceof Number ? new BigDecimal(value.toString()).toPlainString()
                    : String.valueOf(value).trim();
            if (text.isEmpty()) {
                throw missing(null);
            }
            return text;
        }

        List<Node> list() {
            if (!(value instanceof List<?> items)) {
                throw malformed("expected a list");
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                nodes.add(new Node(source, canton, path + "[" + i + "]", items.get(i)));
            }
            return nodes;
        }

        Map<String, Node> map() {
            if (!(value instanceof Map<?, ?> entries)) {
                throw malformed("expected a map");
            }
            Map<String, Node> nodes = new LinkedHashMap<>();
            entries.forEach((key, child) -> nodes.put(String.valueOf(key),
                    new Node(source, canton, path + "." + key, child)));
            return nodes;
        }

        <T> T as(Function<String, T> parser) {
            return convert(text(), parser);
        }

        /** Builds a value object from the input, reporting its complaint at this key. */
        <I, T> T convert(I input, Function<I, T> factory) {
            try {
                return factory.apply(input);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw malformed(e.getMessage());
            }
        }

        CantonConfigurationException missing(String why) {
            return new CantonConfigurationException(where() + " is missing" + (why == null ? "" : ": " + why)
                    + " (" + source + ")");
        }

        CantonConfigurationException malformed(String why) {
            return new CantonConfigurationException(where() + " is malformed: " + why + " (" + source + ")");
        }

        private String where() {
            return path.isEmpty() ? "canton '" + canton + "'" : "canton '" + canton + "': key '" + path + "'";
        }
    }
}
