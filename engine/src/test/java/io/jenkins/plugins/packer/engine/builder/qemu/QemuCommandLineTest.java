package io.jenkins.plugins.packer.engine.builder.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QemuCommandLineTest {

    private static QemuCommandLine defaults() {
        return new QemuCommandLine().add("-name", "vm").add("-netdev", "user,id=user.0,hostfwd=tcp::2222-:22")
                .add("-device", "virtio-net,netdev=user.0").add("-drive", "file=a,if=virtio")
                .add("-drive", "file=b.iso,media=cdrom").add("-m", "512M");
    }

    @Test
    void withoutUserArgumentsTheDefaultsStay() {
        assertThat(defaults().merge(List.of(), "virtio-net")).containsExactly("-name", "vm", "-netdev",
                "user,id=user.0,hostfwd=tcp::2222-:22", "-device", "virtio-net,netdev=user.0", "-drive",
                "file=a,if=virtio", "-drive", "file=b.iso,media=cdrom", "-m", "512M");
    }

    @Test
    void aUserSwitchReplacesEveryDefaultValueOfThatSwitchInPlace() {
        List<String> out = defaults().merge(List.of(List.of("-m", "1024M"), List.of("-drive", "file=c"),
                List.of("-drive", "file=d")), "virtio-net");
        assertThat(out).containsExactly("-name", "vm", "-netdev", "user,id=user.0,hostfwd=tcp::2222-:22", "-device",
                "virtio-net,netdev=user.0", "-drive", "file=c", "-drive", "file=d", "-m", "1024M");
    }

    @Test
    void valuePartsAreJoinedAndEmptyValuesMakeBareFlags() {
        List<String> out = new QemuCommandLine().merge(List.of(List.of("-netdev", "user,id=n,", "hostfwd=x", ""),
                List.of("--no-acpi", ""), List.of("-S")), "virtio-net");
        assertThat(out).containsExactly("-netdev", "user,id=n,hostfwd=x", "--no-acpi", "-S");
    }

    @Test
    void aReplacedDeviceListGetsTheNetworkDeviceBack() {
        List<String> out = defaults().merge(List.of(List.of("-device", "virtio-rng-pci")), "virtio-net");
        assertThat(out).containsSubsequence("-device", "virtio-rng-pci", "-device", "virtio-net,netdev=user.0");
        List<String> named = defaults().merge(List.of(List.of("-device", "virtio-net,netdev=forward,id=net0")),
                "virtio-net");
        assertThat(named.stream().filter(a -> a.equals("-device")).count()).isEqualTo(1);
    }
}
