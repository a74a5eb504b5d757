package ch.guichetai.catalogue;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** The items of the annex the forms 318.635–639 offer, each number once. */
public record AssistiveDeviceCatalog(List<AssistiveDevice> devices) {

    public AssistiveDeviceCatalog {
        devices = devices.stream().sorted(Comparator.comparing(AssistiveDevice::number)).toList();
        Set<DeviceNumber> seen = new HashSet<>();
        for (AssistiveDevice device : devices) {
            if (!seen.add(device.number())) {
                throw new IllegalArgumentException("item " + device.number() + " is listed twice");
            }
        }
    }

    /** The items of one form, by number. */
    public List<AssistiveDevice> of(AssistiveDeviceForm form) {
        return devices.stream().filter(device -> device.form() == form).toList();
    }

    /** The chapters of the annex each form draws its items from. */
    public Map<AssistiveDeviceForm, SortedSet<Integer>> chapters() {
        Map<AssistiveDeviceForm, SortedSet<Integer>> chapters = new EnumMap<>(AssistiveDeviceForm.class);
        devices.forEach(device -> chapters.computeIfAbsent(device.form(), form -> new TreeSet<>())
                .add(device.number().chapter()));
        return chapters;
    }

    public Optional<AssistiveDevice> find(DeviceNumber number) {
        return devices.stream().filter(device -> device.number().equals(number)).findFirst();
    }
}
