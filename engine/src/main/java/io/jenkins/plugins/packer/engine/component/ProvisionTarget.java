package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.communicator.Communicator;
import io.jenkins.plugins.packer.engine.communicator.NoneCommunicator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a builder hands to the provisioners through its {@link ProvisionHook}: how to reach the machine and the
 * values it generated ({@code build.ID}, {@code build.Host}, ...).
 *
 * <p>This is the communicator seam: local provisioners such as {@code shell-local} need no connection;
 * provisioners that work on the machine ({@code shell}, {@code file}) use {@link #communicator()}, which is a
 * {@link NoneCommunicator} (every call fails with a clear message) when the build has no connection.
 *
 * @param communicatorType Packer's {@code communicator} value: {@code none}, {@code ssh}, {@code docker}, ...
 * @param generatedData values by Packer's key names; {@link #COMMON_KEYS} not given are empty when provisioning
 * @param communicator the connection to the machine; the builder owns it (opens and closes it)
 */
public record ProvisionTarget(String communicatorType, Map<String, String> generatedData,
                              Communicator communicator) {

    /** Packer's {@code BuilderDataCommonKeys}: the {@code build.*} values every builder has. */
    public static final List<String> COMMON_KEYS = List.of("ID", "Host", "Port", "User", "Password", "ConnType",
            "PackerRunUUID", "PackerHTTPPort", "PackerHTTPIP", "PackerHTTPAddr", "SSHPublicKey", "SSHPrivateKey",
            "WinRMPassword");

    /** The id Packer reports when a builder does not set one. */
    public static final String ID_NOT_IMPLEMENTED = "ERR_ID_NOT_IMPLEMENTED_BY_BUILDER";

    /** The HTTP server values Packer reports when a builder serves no files ({@code shell-local} skips them). */
    public static final Map<String, String> HTTP_NOT_IMPLEMENTED = Map.of(
            "PackerHTTPAddr", "ERR_HTTP_ADDR_NOT_IMPLEMENTED_BY_BUILDER",
            "PackerHTTPIP", "ERR_HTTP_IP_NOT_IMPLEMENTED_BY_BUILDER",
            "PackerHTTPPort", "ERR_HTTP_PORT_NOT_IMPLEMENTED_BY_BUILDER");

    public ProvisionTarget {
        Objects.requireNonNull(communicatorType);
        generatedData = Map.copyOf(generatedData);
        communicator = communicator == null ? new NoneCommunicator() : communicator;
    }

    /** A target without a connection (local provisioners only). */
    public ProvisionTarget(String communicatorType, Map<String, String> generatedData) {
        this(communicatorType, generatedData, null);
    }

    /** No communicator ({@code communicator = "none"}): only local provisioners can run. */
    public static ProvisionTarget none(Map<String, String> generatedData) {
        return new ProvisionTarget("none", generatedData);
    }

    /**
     * The full {@code build.*} data as Packer's {@code PopulateProvisionHookData} completes it: the builder's
     * values, {@code ID} = {@value #ID_NOT_IMPLEMENTED} and the {@link #HTTP_NOT_IMPLEMENTED} markers when
     * missing, {@code PackerRunUUID} = the run's id, {@code ConnType} = the communicator type, and every other
     * common key empty when the builder did not give it (Packer leaves them unknown).
     */
    public Map<String, String> completeData(String runUuid) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : COMMON_KEYS) {
            out.put(k, "");
        }
        out.put("ID", ID_NOT_IMPLEMENTED);
        out.putAll(HTTP_NOT_IMPLEMENTED);
        out.put("ConnType", communicatorType);
        out.putAll(generatedData);
        out.put("PackerRunUUID", runUuid);
        return out;
    }
}
