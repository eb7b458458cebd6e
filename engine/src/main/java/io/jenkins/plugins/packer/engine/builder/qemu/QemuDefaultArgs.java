package io.jenkins.plugins.packer.engine.builder.qemu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Packer's default QEMU switches ({@code stepRun.getDefaultArgs} and {@code getDeviceAndDriveArgs}) for one run:
 * name, machine and accelerator, user-mode network with the SSH forward (or a bridge), VNC, memory, SMP, CPU
 * model, display, floppy, disks, CD-ROMs, firmware and EFI, boot order, the user's QMP socket and the serial
 * console file. The user's {@code qemuargs} are merged over these by {@link QemuCommandLine}.
 *
 * @param accelerator the accelerator to use (already detected when unset)
 * @param sshHostPort forwarded host port, or 0 for no forward
 * @param vncPort VNC port, or 0 when VNC is disabled
 * @param vncPassword whether QEMU's VNC server asks for a password
 * @param disks disks to attach, main first
 * @param iso installer ISO when booting from CD (null for disk images)
 * @param cd the {@code cd_files} image, or null
 * @param floppy the floppy image, or null
 * @param efiVars the copied EFI variables file, or null
 * @param serialLog where the serial console goes, or null
 */
record QemuDefaultArgs(QemuSettings s, String accelerator, int sshHostPort, int vncPort, boolean vncPassword,
                       List<Path> disks, Path iso, Path cd, Path floppy, Path efiVars, Path serialLog) {

    QemuCommandLine build() {
        QemuConfig c = s.config();
        QemuCommandLine cl = new QemuCommandLine();
        cl.add("-name", s.vmName());
        cl.add("-machine", "none".equals(accelerator) ? "type=" + c.machineType()
                : "type=" + c.machineType() + ",accel=" + accelerator);
        cl.add("-netdev", netdev());
        if (!c.disableVnc() && vncPort > 0) {
            String bind = c.vncBindAddress().contains(":") ? "[" + c.vncBindAddress() + "]" : c.vncBindAddress();
            cl.add("-vnc", bind + ":" + (vncPort - 5900) + (vncPassword ? ",password=on" : ""));
        }
        cl.add("-m", s.memory() + "M");
        cl.add("-smp", s.smp());
        if (!QemuSettings.empty(c.cpuModel())) {
            cl.add("-cpu", c.cpuModel());
        }
        if (floppy != null) {
            cl.add("-fda", floppy.toString());
        }
        display(cl, c);
        if (!QemuSettings.empty(c.vga())) {
            cl.add("-vga", c.vga());
        }
        devicesAndDrives(cl, c);
        cl.add("-boot", c.diskImage() ? "c" : "once=d");
        if (!QemuSettings.empty(c.firmware()) && !c.usePflash()) {
            cl.add("-bios", c.firmware());
        }
        if (s.userQmp()) {
            cl.add("-qmp", "unix:" + s.userQmpSocket() + ",server=on,wait=off");
        }
        if (serialLog != null) {
            cl.add("-serial", "file:" + serialLog);
        }
        return cl;
    }

    private String netdev() {
        QemuConfig c = s.config();
        if (!QemuSettings.empty(c.netBridge())) {
            return "bridge,id=user.0,br=" + c.netBridge();
        }
        if (sshHostPort <= 0) {
            return "user,id=user.0";
        }
        String bind = c.hostPortBindAddress() == null ? "" : c.hostPortBindAddress();
        if (bind.equals("0.0.0.0")) {
            bind = "";
        }
        return "user,id=user.0,hostfwd=tcp:" + bind + ":" + sshHostPort + "-:" + c.comm().sshPort();
    }

    private void display(QemuCommandLine cl, QemuConfig c) {
        if (!c.headless()) {
            if (!QemuSettings.empty(c.display()) && !"none".equals(c.display())) {
                cl.add("-display", c.display());
            } else if (!c.useDefaultDisplay()) {
                cl.add("-display", "gtk");
            }
        } else if (c.disableVnc() || vncPort <= 0) {
            // headless without VNC: QEMU would otherwise look for a window system
            cl.add("-display", "none");
        }
    }

    private void devicesAndDrives(QemuCommandLine cl, QemuConfig c) {
        List<String> devices = new ArrayList<>();
        List<String> drives = new ArrayList<>();
        int scsiIndex = 0;
        for (int i = 0; i < disks.size(); i++) {
            String common = "cache=" + c.diskCache() + ",discard=" + c.diskDiscard() + ",format=" + s.format();
            String drive;
            if ("virtio-scsi".equals(c.diskInterface())) {
                if (scsiIndex == 0) {
                    devices.add("virtio-scsi-pci,id=scsi0");
                }
                devices.add("scsi-hd,bus=scsi0.0,drive=drive" + i);
                drive = "if=none,file=" + disks.get(i) + ",id=drive" + i + "," + common;
                scsiIndex++;
            } else {
                drive = "file=" + disks.get(i) + ",if=" + c.diskInterface() + "," + common;
            }
            if (!"off".equals(c.diskDetectZeroes())) {
                drive += ",detect-zeroes=" + c.diskDetectZeroes();
            }
            drives.add(drive);
        }
        devices.add(c.netDevice() + ",netdev=user.0");
        List<Path> cds = new ArrayList<>();
        if (iso != null) {
            cds.add(iso);
        }
        if (cd != null) {
            cds.add(cd);
        }
        String cdIf = c.cdromInterface() == null ? "" : c.cdromInterface();
        for (int i = 0; i < cds.size(); i++) {
            Path p = cds.get(i);
            if (cdIf.isEmpty()) {
                drives.add("file=" + p + ",media=cdrom");
            } else if (cdIf.equals("virtio-scsi")) {
                if (scsiIndex == 0) {
                    devices.add("virtio-scsi-pci,id=scsi0");
                }
                drives.add("file=" + p + ",if=none,index=" + scsiIndex + ",id=cdrom" + i + ",media=cdrom");
                devices.add("scsi-cd,drive=cdrom" + i);
                scsiIndex++;
            } else {
                drives.add("file=" + p + ",if=" + cdIf + ",index=" + i + ",id=cdrom" + i + ",media=cdrom");
            }
        }
        if (!QemuSettings.empty(c.firmware()) && c.usePflash()) {
            drives.add("file=" + c.firmware() + ",if=pflash,format=raw,readonly=on");
        }
        if (s.efi() && efiVars != null) {
            drives.add("file=" + s.efiCode() + ",if=pflash,unit=0,format=raw,readonly=on");
            drives.add("file=" + efiVars + ",if=pflash,unit=1,format=raw");
        }
        for (String d : devices) {
            cl.add("-device", d);
        }
        for (String d : drives) {
            cl.add("-drive", d);
        }
    }
}
