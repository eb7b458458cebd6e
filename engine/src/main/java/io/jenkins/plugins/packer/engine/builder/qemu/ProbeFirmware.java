package io.jenkins.plugins.packer.engine.builder.qemu;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 64 KiB x86 BIOS image that checks an accelerator can run a real guest: from the reset vector it loads a
 * GDT, enters 32-bit protected mode, builds identity page tables, enables long mode and paging, and in 64-bit
 * mode writes 0x2a to the {@code isa-debug-exit} port 0xf4, so QEMU exits with status (0x2a << 1) | 1 = 85.
 * On hosts where {@code /dev/kvm} opens but stock guests fail (KVM-PVM), QEMU aborts or hangs instead, as
 * Linux guests do. Hand-assembled from a 40-line GNU as source; the code sits at offset 0 (0xF0000) and the
 * reset vector at 0xFFF0 jumps there.
 */
final class ProbeFirmware {

    /** QEMU's exit status when the probe reached 64-bit mode. */
    static final int SUCCESS_EXIT = 85;

    private static final String CODE = "fa2e660f0116a8000f20c06683c8010f22c066ea1a000f00080066b810008ed88ec08ed0"
            + "bf0010000031c0b9000c0000f3abc7050010000003200000c7050020000003300000c70500300000830000000f20e083"
            + "c8200f22e0b8001000000f22d8b9800000c00f320d000100000f300f20c00d000000800f22c0ea81000f001800b02ae6"
            + "f4f4ebfd0000000000000000ffff0000009acf00ffff00000092cf00ffff0000009aaf001f0088000f00";

    /** {@code ljmp $0xF000, $0x0000} at the reset vector. */
    private static final String RESET = "ea000000f0";

    private ProbeFirmware() {
    }

    static byte[] image() {
        byte[] rom = new byte[0x10000];
        Arrays.fill(rom, (byte) 0xF4); // hlt everywhere else
        byte[] code = HexFormat.of().parseHex(CODE);
        System.arraycopy(code, 0, rom, 0, code.length);
        byte[] reset = HexFormat.of().parseHex(RESET);
        System.arraycopy(reset, 0, rom, 0xFFF0, reset.length);
        return rom;
    }
}
