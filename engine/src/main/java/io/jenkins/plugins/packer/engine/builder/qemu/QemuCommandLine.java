package io.jenkins.plugins.packer.engine.builder.qemu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * QEMU's argument list as Packer's {@code stepRun} builds it: default switches (each with one or more values),
 * then the user's {@code qemuargs} rows ({@code [switch, value parts...]}, parts joined without separator; an
 * empty value makes a bare flag). A switch the user gives replaces every default value of the same switch;
 * switches may repeat. When the user replaces {@code -device} without naming the network device, Packer's
 * {@code <net_device>,netdev=user.0} is added back (Packer issue 6804). Unlike Packer, whose Go map iteration
 * shuffles switches on every run, the order is stable: defaults in their order with the user's replacements in
 * place, then the user's new switches.
 */
public final class QemuCommandLine {

    private final Map<String, List<String>> args = new LinkedHashMap<>();

    /** Adds a default value of {@code flag} (a flag may have several, e.g. {@code -drive}). */
    public QemuCommandLine add(String flag, String value) {
        args.computeIfAbsent(flag, k -> new ArrayList<>()).add(value);
        return this;
    }

    /** Whether {@code flag} has a default. */
    public boolean has(String flag) {
        return args.containsKey(flag);
    }

    /** The default values of {@code flag}. */
    public List<String> values(String flag) {
        return args.getOrDefault(flag, List.of());
    }

    /**
     * The final argument list with the user's (already rendered) {@code qemuargs} applied.
     *
     * @param netDevice {@code net_device}, checked in a replaced {@code -device} list
     */
    public List<String> merge(List<List<String>> userArgs, String netDevice) {
        Map<String, List<String>> user = new LinkedHashMap<>();
        for (List<String> row : userArgs) {
            if (row.isEmpty()) {
                continue;
            }
            String key = row.get(0);
            String value = String.join("", row.subList(1, row.size()));
            List<String> values = user.computeIfAbsent(key, k -> new ArrayList<>());
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : args.entrySet()) {
            merged.put(e.getKey(), user.containsKey(e.getKey()) ? user.get(e.getKey()) : e.getValue());
        }
        for (Map.Entry<String, List<String>> e : user.entrySet()) {
            merged.putIfAbsent(e.getKey(), e.getValue());
        }
        if (user.containsKey("-device") && netDevice != null && !netDevice.isEmpty()) {
            List<String> devices = new ArrayList<>(merged.get("-device"));
            if (!String.join("", devices).contains(netDevice)) {
                devices.add(netDevice + ",netdev=user.0");
                merged.put("-device", devices);
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : merged.entrySet()) {
            if (e.getValue().isEmpty()) {
                out.add(e.getKey());
            } else {
                for (String v : e.getValue()) {
                    out.add(e.getKey());
                    out.add(v);
                }
            }
        }
        return out;
    }
}
