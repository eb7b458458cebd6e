#!/bin/bash
# Builds the qemu builder's test guests from Debian packages only (no image downloads), into OUT:
#   vmlinuz, initrd.img  Debian's kernel (downloaded with apt-get download and extracted, not installed) and a
#                        busybox-static + dropbear initramfs with OpenSSH's scp/sftp-server and the modules for
#                        virtio, e1000, IDE CD-ROMs, ISO 9660 and ext4
#   disk.qcow2           a 64 MiB ext4 data disk the guest mounts at /mnt/disk (provisioned files land there)
#   id_guest(.pub)       root's SSH key
#   tiny.iso             an isolinux ISO with the same kernel and initrd that stops at "boot:" (also on the
#                        serial console), so a boot_command must type the kernel line; seed=URL on it fetches
#                        and runs an install script
#   README               what was built from which packages
# Usage: build-test-guest.sh OUT   (about 2 s plus the kernel download on a fresh machine)
set -euo pipefail
OUT=$1
WORK=$OUT/work
mkdir -p "$OUT" "$WORK"
export LC_ALL=C

# --- kernel: the version linux-image-amd64 points at, extracted from its .deb ---
kpkg=$(apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}' || true)
if [ -z "$kpkg" ]; then
  apt-get update -qq >/dev/null
  kpkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
fi
kver=${kpkg#linux-image-}
kdir=$WORK/kernel
if [ ! -d "$kdir/x/lib/modules/$kver" ]; then
  rm -rf "$kdir"; mkdir -p "$kdir"
  (cd "$kdir" && apt-get download -q "$kpkg" >/dev/null && mkdir x && dpkg-deb -x "$kpkg"_*.deb x && rm -f ./*.deb)
fi
cp "$kdir/x/boot/vmlinuz-$kver" "$OUT/vmlinuz"
mods=$kdir/x/lib/modules/$kver/kernel

# --- modules in dependency order (from each module's depends= string) ---
declare -A seen=()
order=()
add_mod() {
  local n=${1//-/_} p deps d
  [ -n "${seen[$n]:-}" ] && return 0
  seen[$n]=1
  p=$(find "$mods" -name "$n.ko" -print -quit)
  [ -z "$p" ] && p=$(find "$mods" -name "${n//_/-}.ko" -print -quit)
  [ -z "$p" ] && { echo "module $n not found (built in?)" >&2; return 0; }
  deps=$(strings -a "$p" | sed -n 's/^depends=//p' | head -1 | tr ',' ' ')
  for d in $deps; do add_mod "$d"; done
  order+=("$p")
}
for m in virtio_pci virtio_net virtio_blk e1000 ata_piix sr_mod isofs ext4 crc32c_generic; do add_mod "$m"; done

# --- initramfs tree ---
R=$WORK/root
rm -rf "$R"
mkdir -p "$R"/{bin,sbin,etc/dropbear,proc,sys,dev,run,tmp,root/.ssh,mnt/disk,mnt/cdrom,lib/modules,usr/bin,usr/sbin,usr/lib,var/log}
chmod 1777 "$R/tmp"; chmod 700 "$R/root" "$R/root/.ssh"
cp /bin/busybox "$R/bin/busybox"
for a in $(/bin/busybox --list); do [ -e "$R/bin/$a" ] || ln -s busybox "$R/bin/$a"; done
: > "$R/lib/modules/load-order"
for p in "${order[@]}"; do cp "$p" "$R/lib/modules/"; basename "$p" >> "$R/lib/modules/load-order"; done
copy_bin() {
  local src=$1 dst=$2 l
  mkdir -p "$(dirname "$R$dst")"; cp "$src" "$R$dst"
  for l in $(ldd "$src" | grep -oE '/[^ ]+\.so[^ ]*'); do mkdir -p "$R$(dirname "$l")"; cp -L "$l" "$R$l"; done
}
copy_bin /usr/sbin/dropbear /usr/sbin/dropbear
copy_bin /usr/bin/scp /usr/bin/scp                        # scp uploads run "scp -t" on the guest
copy_bin /usr/lib/openssh/sftp-server /usr/lib/sftp-server # dropbear's compiled-in sftp-server path
mkdir -p "$R/lib64"; cp -L /lib64/ld-linux-x86-64.so.2 "$R/lib64/"
echo 'root:x:0:0:root:/root:/bin/sh' > "$R/etc/passwd"
echo 'root:x:0:' > "$R/etc/group"
echo 'root:*:19000:0:99999:7:::' > "$R/etc/shadow"; chmod 600 "$R/etc/shadow"
echo /bin/sh > "$R/etc/shells"
[ -f "$OUT/id_guest" ] || ssh-keygen -q -t ed25519 -N '' -f "$OUT/id_guest" -C qemu-test-guest
cp "$OUT/id_guest.pub" "$R/root/.ssh/authorized_keys"; chmod 600 "$R/root/.ssh/authorized_keys"
[ -f "$WORK/host_key" ] || dropbearkey -t ed25519 -f "$WORK/host_key" >/dev/null 2>&1
cp "$WORK/host_key" "$R/etc/dropbear/dropbear_ed25519_host_key"
echo qemu-test-guest > "$R/etc/hostname"

cat > "$R/init" <<'EOF'
#!/bin/sh
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
mount -t proc proc /proc; mount -t sysfs sys /sys; mount -t devtmpfs dev /dev
exec /bin/busybox init
EOF
cat > "$R/etc/inittab" <<'EOF'
::sysinit:/etc/rc.sh
::respawn:/usr/sbin/dropbear -F -E -R -p 22 -r /etc/dropbear/dropbear_ed25519_host_key
ttyS0::respawn:/bin/sh
::shutdown:/bin/sh -c 'sync; umount /mnt/disk 2>/dev/null; echo GUEST-SHUTDOWN > /dev/ttyS0'
EOF
cat > "$R/etc/rc.sh" <<'EOF'
#!/bin/sh
# modules, a static slirp address (deliberately no default route), the data disk, the CD-ROMs, then seed=URL
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
mkdir -p /dev/pts; mount -t devpts devpts /dev/pts; mount -t tmpfs tmpfs /run
hostname -F /etc/hostname
for m in $(cat /lib/modules/load-order); do insmod /lib/modules/$m 2>/dev/null; done
ip link set lo up
IF=$(ls /sys/class/net | grep -v lo | head -1)
ip link set "$IF" up; ip addr add 10.0.2.15/24 dev "$IF"
for d in vda sda; do [ -b /dev/$d ] && mount -t ext4 /dev/$d /mnt/disk 2>/dev/null && break; done
echo "GUEST-UP if=$IF uptime=$(cut -d' ' -f1 /proc/uptime)" > /dev/ttyS0
SEED=$(sed -n 's/.*seed=\([^ ]*\).*/\1/p' /proc/cmdline)
if [ -n "$SEED" ]; then
  wget -q -O /tmp/seed.sh "$SEED" && sh /tmp/seed.sh > /dev/ttyS0 2>&1
  echo "SEED-DONE rc=$? from $SEED" > /dev/ttyS0
fi
EOF
chmod +x "$R/init" "$R/etc/rc.sh"
(cd "$R" && find . | /bin/busybox cpio -o -H newc 2>/dev/null | gzip -1 > "$OUT/initrd.img")

# --- data disk ---
rm -f "$WORK/disk.raw" "$OUT/disk.qcow2"
truncate -s 64M "$WORK/disk.raw"
mkfs.ext4 -q -L testdata "$WORK/disk.raw"
qemu-img convert -f raw -O qcow2 "$WORK/disk.raw" "$OUT/disk.qcow2"
rm -f "$WORK/disk.raw"

# --- isolinux ISO that waits at boot: ---
I=$WORK/iso
rm -rf "$I"; mkdir -p "$I/isolinux"
cp /usr/lib/ISOLINUX/isolinux.bin /usr/lib/syslinux/modules/bios/ldlinux.c32 "$I/isolinux/"
cp "$OUT/vmlinuz" "$OUT/initrd.img" "$I/"
# SERIAL: isolinux also writes to the serial port, so the console log shows its "boot:" prompt and the
# line typed over VNC (what a failed boot_command typed is then in the error of a build that never gets SSH)
cat > "$I/isolinux/isolinux.cfg" <<'EOF'
SERIAL 0 115200
PROMPT 1
TIMEOUT 0
DEFAULT linux
LABEL linux
  KERNEL /vmlinuz
  APPEND initrd=/initrd.img
EOF
xorriso -as mkisofs -quiet -o "$OUT/tiny.iso" -b isolinux/isolinux.bin -c isolinux/boot.cat -no-emul-boot \
  -boot-load-size 4 -boot-info-table -J -R -V TINYISO "$I"

{
  echo "kernel: $kpkg"
  echo "busybox: $(dpkg-query -W -f='${Version}' busybox-static)"
  echo "dropbear: $(dpkg-query -W -f='${Version}' dropbear-bin)"
  echo "modules: $(tr '\n' ' ' < "$R/lib/modules/load-order")"
} > "$OUT/README"
