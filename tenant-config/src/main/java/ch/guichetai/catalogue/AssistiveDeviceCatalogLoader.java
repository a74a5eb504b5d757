package ch.guichetai.catalogue;

import ch.guichetai.canton.Language;
import ch.guichetai.canton.LocalizedText;
import ch.guichetai.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads assistive-devices.yml into an {@link AssistiveDeviceCatalog}. Every value is checked; the
 * first missing or malformed one stops the load with a message naming the item and the key, for
 * example {@code item '5.01': key 'name.de' is missing (assistive-devices.yml)}.
 */
public final class AssistiveDeviceCatalogLoader {

    /** The file shipped with the platform, on the class path. */
    public static final String RESOURCE = "assistive-devices.yml";

    private static final List<String> KEYS = List.of("number", "name", "asterisk", "maximum-chf", "documents",
            "own-running-costs");

    /** Loads the shipped file. */
    public AssistiveDeviceCatalog loadShipped() {
        InputStream content = AssistiveDeviceCatalogLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (content == null) {
            throw new CatalogueConfigurationException(RESOURCE + " is not on the class path");
        }
        return load(RESOURCE, content);
    }

    /** Loads one YAML document; the name only serves error messages. */
    public AssistiveDeviceCatalog load(String name, InputStream content) {
        Object root;
        try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new CatalogueConfigurationException(name + " is not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("forms") instanceof Map<?, ?> forms) || forms.isEmpty()) {
            throw new CatalogueConfigurationException(name + " must hold a non-empty map 'forms' keyed by form number");
        }
        List<AssistiveDevice> devices = new ArrayList<>();
        Map<DeviceNumber, String> formOf = new HashMap<>();
        for (Map.Entry<?, ?> entry : forms.entrySet()) {
            Item formNode = new Item(name, "form " + entry.getKey(), "", entry.getValue());
            AssistiveDeviceForm form = formNode.convert(String.valueOf(entry.getKey()),
                    AssistiveDeviceForm::fromOfficialNumber);
            for (Item item : formNode.list()) {
                AssistiveDevice device = device(item, form);
                String earlier = formOf.putIfAbsent(device.number(), form.officialNumber());
                if (earlier != null) {
                    throw new CatalogueConfigurationException("item '" + device.number() + "' is listed twice (under "
                            + earlier + " and " + form.officialNumber() + ") (" + name + ")");
                }
                devices.add(device);
            }
        }
        return new AssistiveDeviceCatalog(devices);
    }

    private static AssistiveDevice device(Item node, AssistiveDeviceForm form) {
        Item numberNode = node.at("number");
        if (!(numberNode.value() instanceof String text)) {
            throw numberNode.malformed("write the number in quotes (\"5.01\"), YAML reads 13.10 as 13.1");
        }
        DeviceNumber number = numberNode.convert(text, DeviceNumber::new);
        Item item = node.named(number);
        item.keys().stream().filter(key -> !KEYS.contains(key)).findFirst().ifPresent(unknown -> {
            throw item.malformed("unknown key '" + unknown + "' (expected " + KEYS + ")");
        });
        Optional<Money> maximum = item.optional("maximum-chf")
                .map(max -> max.convert(max.text(), amount -> AssistiveDevice.checkMaximum(Money.chf(amount))));
        return new AssistiveDevice(number, localized(item.at("name")), form, item.at("asterisk").flag(), maximum,
                localized(item.at("documents")), item.optional("own-running-costs").map(Item::flag).orElse(false));
    }

    private static LocalizedText localized(Item node) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            values.put(language, node.at(language.code()).text());
        }
        return new LocalizedText(values);
    }

    /** A value in the file, the item it belongs to and its key, so that every error can say so. */
    private record Item(String source, String label, String path, Object value) {

        Item named(DeviceNumber number) {
            return new Item(source, "item '" + number + "'", path, value);
        }

        List<String> keys() {
            return value instanceof Map<?, ?> map ? map.keySet().stream().map(String::valueOf).toList() : List.of();
        }

        Item at(String key) {
            String childPath = path.isEmpty() ? key : path + "." + key;
            if (!(value instanceof Map<?, ?> map) || map.get(key) == null) {
                throw new Item(source, label, childPath, null).missing();
            }
            return new Item(source, label, childPath, map.get(key));
        }

        Optional<Item> optional(String key) {
            return value instanceof Map<?, ?> map && map.get(key) != null ? Optional.of(at(key)) : Optional.empty();
        }

        String text() {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw malformed("expected a single value");
            }
            String text = String.valueOf(value).trim();
            if (text.isEmpty()) {
                throw missing();
            }
            return text;
        }

        boolean flag() {
            if (!(value instanceof Boolean flag)) {
                throw malformed("expected true or false");
            }
            return flag;
        }

        List<Item> list() {
            if (!(value instanceof List<?> items) || items.isEmpty()) {
                throw malformed("expected a non-empty list of items");
            }
            List<Item> nodes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                nodes.add(new Item(source, "item " + (i + 1) + " of " + label, path, items.get(i)));
            }
            return nodes;
        }

        /** Builds a value object from the input, reporting its complaint at this key. */
        <I, T> T convert(I input, Function<I, T> factory) {
            try {
                return factory.apply(input);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw malformed(e.getMessage());
            }
        }

        CatalogueConfigurationException missing() {
            return new CatalogueConfigurationException(where() + " is missing (" + source + ")");
        }

        CatalogueConfigurationException malformed(String why) {
            return new CatalogueConfigurationException(where() + " is malformed: " + why + " (" + source + ")");
        }

        private String where() {
            return path.isEmpty() ? label : label + ": key '" + path + "'";
        }
    }
}
