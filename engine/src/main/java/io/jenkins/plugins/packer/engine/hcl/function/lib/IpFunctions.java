package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Packer's IP network functions {@code cidrhost}, {@code cidrnetmask}, {@code cidrsubnet} and
 * {@code cidrsubnets} for IPv4 and IPv6, computed and worded as go-cty-funcs (with go-cidr) does,
 * including its handling of negative numbers.
 */
public final class IpFunctions {

    private IpFunctions() {
    }

    /** The IP network functions by name. */
    public static Map<String, Function> all() {
        Map<String, Function> m = new TreeMap<>();
        m.put("cidrhost", FunctionSpec.builder()
                .param("prefix", Type.STRING)
                .param("hostnum", Type.NUMBER)
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    long hostnum = Args.toLong(args.get(1), -1);
                    return Value.string(host(parse(args.get(0).asString(), -1), hostnum));
                })
                .build());
        m.put("cidrnetmask", FunctionSpec.builder()
                .param("prefix", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    IpNet net = parse(args.get(0).asString(), -1);
                    return Value.string(IpNet.format(IpNet.toBytes(IpNet.mask(net.prefix, net.bits), net.bits / 8)));
                })
                .build());
        m.put("cidrsubnet", FunctionSpec.builder()
                .param("prefix", Type.STRING)
                .param("newbits", Type.NUMBER)
                .param("netnum", Type.NUMBER)
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    long newbits = Args.toLong(args.get(1), -1);
                    long netnum = Args.toLong(args.get(2), -1);
                    IpNet net = parse(args.get(0).asString(), -1);
                    if (newbits > 32) {
                        throw new FunctionException("may not extend prefix by more than 32 bits");
                    }
                    return Value.string(subnet(net, (int) newbits, netnum));
                })
                .build());
        m.put("cidrsubnets", FunctionSpec.builder()
                .param("prefix", Type.STRING)
                .variadic(Parameter.of("newbits", Type.NUMBER))
                .returns(Type.list(Type.STRING))
                .impl((args, ret) -> subnets(args))
                .build());
        return m;
    }

    private static IpNet parse(String prefix, int argIndex) throws FunctionException {
        IpNet net = IpNet.parseCidr(prefix);
        if (net == null) {
            throw new FunctionException(argIndex, "invalid CIDR expression: invalid CIDR address: " + prefix);
        }
        return net;
    }

    /** go-cidr's HostBig: negative numbers count back from the end of the range. */
    private static String host(IpNet net, long hostnum) throws FunctionException {
        BigInteger max = BigInteger.ONE.shiftLeft(net.bits - net.prefix).subtract(BigInteger.ONE);
        BigInteger num = BigInteger.valueOf(hostnum);
        BigInteger magnitude = num;
        if (num.signum() < 0) {
            magnitude = num.negate().subtract(BigInteger.ONE);
            num = max.subtract(magnitude);
        }
        if (magnitude.compareTo(max) > 0) {
            throw new FunctionException("prefix of " + net.prefix + " does not accommodate a host numbered " + num);
        }
        // go-cidr places the number as for a 32-bit address whenever the address is IPv4 or IPv4-mapped
        int bitlength = net.ip.length == 4 || IpNet.isV4Mapped(net.ip) ? 32 : 128;
        return IpNet.format(insert(net.ip, num, bitlength));
    }

    private static String subnet(IpNet net, int newbits, long netnum) throws FunctionException {
        int newPrefix = net.prefix + newbits;
        if (newPrefix > net.bits) {
            throw new FunctionException("insufficient address space to extend prefix of " + net.prefix + " by "
                    + newbits);
        }
        if (newbits >= 0 && newbits < 64
                && BigInteger.valueOf(netnum).abs().compareTo(BigInteger.ONE.shiftLeft(newbits)) >= 0) {
            throw new FunctionException("prefix extension of " + newbits + " does not accommodate a subnet numbered "
                    + netnum);
        }
        return IpNet.format(insert(net.ip, BigInteger.valueOf(netnum), newPrefix), newPrefix, net.bits);
    }

    /** go-cidr's insertNumIntoIP: the number shifted to end at bit {@code prefixLen}, OR-ed in. */
    private static byte[] insert(byte[] ip, BigInteger num, int prefixLen) {
        int total = ip.length * 8;
        BigInteger shifted = total - prefixLen >= 0 ? num.shiftLeft(total - prefixLen) : num.shiftRight(prefixLen - total);
        return IpNet.toBytes(IpNet.toInt(ip).or(shifted), ip.length);
    }

    private static Value subnets(List<Value> args) throws FunctionException {
        IpNet net = parse(args.get(0).asString(), 0);
        if (args.size() == 1) {
            return Value.list(Type.STRING, List.of());
        }
        List<Value> out = new ArrayList<>();
        BigInteger all = BigInteger.ONE.shiftLeft(net.bits);
        BigInteger netMask = IpNet.mask(net.prefix, net.bits);
        BigInteger base = IpNet.toInt(net.ip);
        long first = lengthArg(args, 1) + net.prefix;
        // go-cidr's PreviousSubnet: the subnet of the first length just below the network
        BigInteger current = first >= 0 && first <= net.bits
                ? base.subtract(BigInteger.ONE).mod(all).and(IpNet.mask((int) first, net.bits)) : null;
        int currentLen = (int) first;
        for (int i = 1; i < args.size(); i++) {
            long length = lengthArg(args, i);
            if (length < 1) {
                throw new FunctionException(i, "must extend prefix by at least one bit");
            }
            if (length > 32) {
                throw new FunctionException(i, "may not extend prefix by more than 32 bits");
            }
            length += net.prefix;
            if (length > net.bits) {
                throw new FunctionException(i, "would extend prefix to " + length + " bits, which is too long for an "
                        + (net.bits == 32 ? "IPv4" : "IPv6") + " address");
            }
            String after = current == null || IpNet.isV4Mapped(net.ip) ? "<nil>"
                    : IpNet.format(IpNet.toBytes(current, net.ip.length), currentLen, net.bits);
            if (IpNet.isV4Mapped(net.ip)) {
                // go-cidr narrows IPv4-mapped addresses to four bytes here and loses the network
                throw new FunctionException(i, "not enough remaining address space for a subnet with a prefix of "
                        + length + " bits after " + after);
            }
            BigInteger lenMask = IpNet.mask((int) length, net.bits);
            BigInteger currentLast = current.or(BigInteger.ONE.shiftLeft(net.bits - currentLen).subtract(BigInteger.ONE));
            BigInteger lastOfNext = currentLast.and(lenMask)
                    .or(BigInteger.ONE.shiftLeft(net.bits - (int) length).subtract(BigInteger.ONE));
            BigInteger next = lastOfNext.add(BigInteger.ONE).mod(all);
            boolean rollover = next.signum() == 0;
            next = next.and(lenMask);
            if (rollover || !next.and(netMask).equals(base)) {
                throw new FunctionException(i, "not enough remaining address space for a subnet with a prefix of "
                        + length + " bits after " + after);
            }
            current = next;
            currentLen = (int) length;
            out.add(Value.string(IpNet.format(IpNet.toBytes(current, net.ip.length), currentLen, net.bits)));
        }
        return Value.list(Type.STRING, out);
    }

    private static long lengthArg(List<Value> args, int i) throws FunctionException {
        try {
            return Args.toLong(args.get(i), -1);
        } catch (FunctionException e) {
            throw new FunctionException(i, e.getMessage());
        }
    }
}
