package io.jenkins.plugins.packer.engine.builder.qemu;

import io.jenkins.plugins.packer.engine.step.Step;
import io.jenkins.plugins.packer.engine.step.StepContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Packer's {@code stepPrepareEfivars}: copies {@code efi_firmware_vars} to {@code <output>/efivars.fd}, the
 * writable pflash the firmware keeps its variables in; with {@code efi_drop_efivars} the copy is removed once
 * the build succeeded.
 */
final class StepPrepareEfivars implements Step {

    private final QemuSettings s;
    private Path copy;

    StepPrepareEfivars(QemuSettings s) {
        this.s = s;
    }

    @Override
    public void run(StepContext ctx) throws Exception {
        Path vars = s.resolve(s.efiVars());
        Path code = s.resolve(s.efiCode());
        if (!Files.isRegularFile(code)) {
            throw new IOException("EFI firmware code file " + code + " not found (efi_firmware_code)");
        }
        if (!Files.isRegularFile(vars)) {
            throw new IOException("EFI variables file " + vars + " not found (efi_firmware_vars)");
        }
        copy = s.outputDir().resolve("efivars.fd");
        Files.copy(vars, copy, StandardCopyOption.REPLACE_EXISTING);
        ctx.state().put(QemuState.EFIVARS_PATH, copy);
    }

    @Override
    public void cleanup(StepContext ctx) throws Exception {
        if (copy != null && s.config().efiDropEfivars() && !ctx.halted() && !ctx.cancelled()) {
            Files.deleteIfExists(copy);
        }
    }

    @Override
    public String name() {
        return "stepPrepareEfivars";
    }
}
