package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An IP network as Go's {@code net.ParseCIDR} returns it: the address bytes (4 for IPv4, 16 for IPv6,
 * IPv4-mapped IPv6 included) masked to the prefix, the prefix length and the address size in bits. Parsing
 * and printing follow Go ({@code netip.ParseAddr}: no leading zeros in IPv4 fields, no zones; IPv6 printed
 * with the longest run of zero groups as {@code ::} and IPv4-mapped addresses as dotted quads).
 */
final class IpNet {

    /** The network address, masked; 4 or 16 bytes. */
    final byte[] ip;
    final int prefix;
    /** 32 or 128: the size of the mask. */
    final int bits;

    IpNet(byte[] ip, int prefix, int bits) {
        this.ip = ip;
        this.prefix = prefix;
        this.bits = bits;
    }

    /** Parses "address/prefix"; null when Go would report "invalid CIDR address". */
    static IpNet parseCidr(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String addr = s.substring(0, slash);
        String mask = s.substring(slash + 1);
        byte[] ip = addr.indexOf(':') >= 0 ? parseIpv6(addr) : parseIpv4(addr);
        if (ip == null || !mask.matches("[0-9]+")) {
            return null;
        }
        int bits = ip.length * 8;
        if (new BigInteger(mask).compareTo(BigInteger.valueOf(bits)) > 0) {
            return null;
        }
        int n = Integer.parseInt(mask);
        return new IpNet(toBytes(toInt(ip).and(mask(n, bits)), ip.length), n, bits);
    }

    static byte[] parseIpv4(String s) {
        String[] fields = s.split("\\.", -1);
        if (fields.length != 4) {
            return null;
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String f = fields[i];
            if (!f.matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(f) > 255) {
                return null;
            }
            out[i] = (byte) Integer.parseInt(f);
        }
        return out;
    }

    static byte[] parseIpv6(String s) {
        byte[] ip = new byte[16];
        int ellipsis = -1;
        int i = 0;
        if (s.startsWith("::")) {
            ellipsis = 0;
            s = s.substring(2);
            if (s.isEmpty()) {
                return ip;
            }
        }
        while (i < 16) {
            int n = 0;
            while (n < s.length() && n <= 4 && Character.digit(s.charAt(n), 16) >= 0 && s.charAt(n) < 128) {
                n++;
            }
            if (n == 0 || n > 4) {
                return null;
            }
            if (n < s.length() && s.charAt(n) == '.') {
                if (ellipsis < 0 && i != 12 || i + 4 > 16) {
                    return null;
                }
                byte[] v4 = parseIpv4(s);
                if (v4 == null) {
                    return null;
                }
                System.arraycopy(v4, 0, ip, i, 4);
                i += 4;
                s = "";
                break;
            }
            int group = Integer.parseInt(s.substring(0, n), 16);
            ip[i] = (byte) (group >> 8);
            ip[i + 1] = (byte) group;
            i += 2;
            s = s.substring(n);
            if (s.isEmpty()) {
                break;
            }
            if (s.charAt(0) != ':' || s.length() == 1) {
                return null;
            }
            s = s.substring(1);
            if (s.charAt(0) == ':') {
                if (ellipsis >= 0) {
                    return null;
                }
                ellipsis = i;
                s = s.substring(1);
                if (s.isEmpty()) {
                    break;
                }
            }
        }
        if (!s.isEmpty()) {
            return null;
        }
        if (i < 16) {
            if (ellipsis < 0) {
                return null;
            }
            int n = 16 - i;
            System.arraycopy(ip, ellipsis, ip, ellipsis + n, i - ellipsis);
            Arrays.fill(ip, ellipsis, ellipsis + n, (byte) 0);
        } else if (ellipsis >= 0) {
            return null;
        }
        return ip;
    }

    static BigInteger toInt(byte[] ip) {
        return new BigInteger(1, ip);
    }

    /** The low {@code len} bytes of the magnitude of {@code v}, as Go's {@code big.Int.Bytes} plus padding. */
    static byte[] toBytes(BigInteger v, int len) {
        byte[] raw = v.abs().toByteArray();
        byte[] out = new byte[len];
        int copy = Math.min(raw.length, len);
        System.arraycopy(raw, raw.length - copy, out, len - copy, copy);
        return out;
    }

    /** The mask of {@code ones} leading one bits out of {@code bits}, as a number. */
    static BigInteger mask(int ones, int bits) {
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .subtract(BigInteger.ONE.shiftLeft(bits - ones).subtract(BigInteger.ONE));
    }

    static boolean isV4Mapped(byte[] ip) {
        if (ip.length != 16) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (ip[i] != 0) {
                return false;
            }
        }
        return ip[10] == (byte) 0xff && ip[11] == (byte) 0xff;
    }

    /** Go's {@code net.IP.String}. */
    static String format(byte[] ip) {
        if (ip.length == 4 || isV4Mapped(ip)) {
            int o = ip.length - 4;
            return (ip[o] & 0xff) + "." + (ip[o + 1] & 0xff) + "." + (ip[o + 2] & 0xff) + "." + (ip[o + 3] & 0xff);
        }
        int e0 = -1;
        int e1 = -1;
        for (int i = 0; i < 16; i += 2) {
            int j = i;
            while (j < 16 && ip[j] == 0 && ip[j + 1] == 0) {
                j += 2;
            }
            if (j > i && j - i > e1 - e0) {
                e0 = i;
                e1 = j;
                i = j;
            }
        }
        if (e1 - e0 <= 2) {
            e0 = -1;
            e1 = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            if (i == e0) {
                sb.append("::");
                i = e1;
                if (i >= 16) {
                    break;
                }
            } else if (i > 0) {
                sb.append(':');
            }
            sb.append(Integer.toHexString((ip[i] & 0xff) << 8 | ip[i + 1] & 0xff));
        }
        return sb.toString();
    }

    /** Go's {@code net.IPNet.String}, which does not mask the address again. */
    static String format(byte[] ip, int prefix, int bits) {
        if (prefix < 0 || prefix > bits) {
            return "<nil>";
        }
        int shown = ip.length == 16 && isV4Mapped(ip) && bits == 128 ? Math.max(0, prefix - 96) : prefix;
        return format(ip) + "/" + shown;
    }

    @Override
    public String toString() {
        return format(ip, prefix, bits);
    }
}
