package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.argumentIndex;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.assertCallFails;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values come from go-cty-funcs' tests, the Packer docs and packer console. */
class IpFunctionsTest {

    private final Map<String, Function> lib = IpFunctions.all();

    @ParameterizedTest
    @CsvSource({
        "192.168.1.0/24,5,192.168.1.5",
        "192.168.1.0/24,-5,192.168.1.251",
        "192.168.1.0/24,-256,192.168.1.0",
        "10.12.112.0/20,16,10.12.112.16",
        "10.12.112.0/20,268,10.12.113.12",
        "fd00:fd12:3456:7890:00a2::/72,34,fd00:fd12:3456:7890::22",
        "10.0.0.1/8,2,10.0.0.2",
        "10.0.0.0/08,2,10.0.0.2",
        "::/0,-1,ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff",
        "10.0.0.0/32,0,10.0.0.0",
        "2001:db8::/126,3,2001:db8::3",
        "::ffff:192.168.0.0/112,5,0:5::ffff:c0a8:0",
    })
    void cidrhost(String prefix, long hostnum, String expected) throws Exception {
        assertThat(call(lib, "cidrhost", str(prefix), num(hostnum))).isEqualTo(str(expected));
    }

    @Test
    void cidrhostErrors() {
        assertCallFails(lib, "cidrhost", str("192.168.1.0/30"), num(255))
                .hasMessage("prefix of 30 does not accommodate a host numbered 255");
        assertCallFails(lib, "cidrhost", str("192.168.1.0/30"), num(-255))
                .hasMessage("prefix of 30 does not accommodate a host numbered -251");
        for (String bad : new String[] {"not-a-cidr", "10.256.0.0/8", "010.0.0.0/8", "fe80::1%eth0/64", "10.0.0.0/33",
            "10.0.0.0", "10.0.0.0/", "10.0.0.0/+8", "1:2:3:4:5:6:7:8:9/64", "1::2::3/64", "::1:/64"}) {
            assertCallFails(lib, "cidrhost", str(bad), num(6))
                    .hasMessage("invalid CIDR expression: invalid CIDR address: " + bad);
        }
        assertCallFails(lib, "cidrhost", str("192.168.1.0/24"), Value.number(new BigDecimal("1.5")))
                .hasMessage("value must be a whole number, between -9223372036854775808 and 9223372036854775807");
        assertThat(argumentIndex(lib, "cidrhost", str("x"), num(1))).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({
        "192.168.1.0/24,255.255.255.0",
        "192.168.1.0/32,255.255.255.255",
        "0.0.0.0/0,0.0.0.0",
        "172.16.0.0/12,255.240.0.0",
        "1::/64,ffff:ffff:ffff:ffff::",
        "::/0,::",
    })
    void cidrnetmask(String prefix, String expected) throws Exception {
        assertThat(call(lib, "cidrnetmask", str(prefix))).isEqualTo(str(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "192.168.2.0/20,4,6,192.168.6.0/24",
        "fe80::/48,16,6,fe80:0:0:6::/64",
        "::ffff:192.168.0.0/112,8,6,192.168.6.0/24",
        "172.16.0.0/12,4,2,172.18.0.0/16",
        "10.1.2.0/24,4,15,10.1.2.240/28",
        "fd00:fd12:3456:7890::/56,16,162,fd00:fd12:3456:7800:a200::/72",
        "2001:db8::/32,0,0,2001:db8::/32",
        "10.0.0.0/8,2,-1,0.64.0.0/10",
        "10.0.0.0/8,-1,0,10.0.0.0/7",
        "10.0.0.0/8,-9,0,<nil>",
    })
    void cidrsubnet(String prefix, long newbits, long netnum, String expected) throws Exception {
        assertThat(call(lib, "cidrsubnet", str(prefix), num(newbits), num(netnum))).isEqualTo(str(expected));
    }

    @Test
    void cidrsubnetErrors() {
        assertCallFails(lib, "cidrsubnet", str("192.168.0.0/30"), num(4), num(6))
                .hasMessage("insufficient address space to extend prefix of 30 by 4");
        assertCallFails(lib, "cidrsubnet", str("10.0.0.0/8"), num(33), num(0))
                .hasMessage("may not extend prefix by more than 32 bits");
        assertCallFails(lib, "cidrsubnet", str("10.0.0.0/8"), num(2), num(4))
                .hasMessage("prefix extension of 2 does not accommodate a subnet numbered 4");
        assertCallFails(lib, "cidrsubnet", str("192.168.0.0/168"), num(2), num(16))
                .hasMessage("invalid CIDR expression: invalid CIDR address: 192.168.0.0/168");
    }

    private Value strings(String... s) {
        return Value.list(Type.STRING, Arrays.stream(s).map(Value::string).toList());
    }

    @Test
    void cidrsubnets() throws Exception {
        assertThat(call(lib, "cidrsubnets", str("10.0.0.0/21"), num(3), num(3), num(3), num(4), num(4), num(4),
                num(7), num(7), num(7))).isEqualTo(strings("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.3.0/25",
                        "10.0.3.128/25", "10.0.4.0/25", "10.0.4.128/28", "10.0.4.144/28", "10.0.4.160/28"));
        assertThat(call(lib, "cidrsubnets", str("10.1.0.0/16"), num(4), num(4), num(8), num(4)))
                .isEqualTo(strings("10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"));
        assertThat(call(lib, "cidrsubnets", str("fd00:fd12:3456:7890::/56"), num(16), num(16), num(16), num(32)))
                .isEqualTo(strings("fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72",
                        "fd00:fd12:3456:7800:200::/72", "fd00:fd12:3456:7800:300::/88"));
        assertThat(call(lib, "cidrsubnets", str("10.0.0.0/8"))).isEqualTo(Value.list(Type.STRING, List.of()));
    }

    @Test
    void ipv4MappedPrefixesBehaveAsInGoCidr() {
        // go-cidr narrows the address to four bytes and loses the network (packer console says the same)
        assertCallFails(lib, "cidrsubnets", str("::ffff:10.0.0.0/104"), num(8)).hasMessage(
                "not enough remaining address space for a subnet with a prefix of 112 bits after <nil>");
    }

    @Test
    void cidrsubnetsErrorsNameTheArgument() {
        assertCallFails(lib, "cidrsubnets", str("10.0.0.0/30"), num(1), num(3))
                .hasMessage("would extend prefix to 33 bits, which is too long for an IPv4 address");
        assertThat(argumentIndex(lib, "cidrsubnets", str("10.0.0.0/30"), num(1), num(3))).isEqualTo(2);
        assertCallFails(lib, "cidrsubnets", str("10.0.0.0/8"), num(1), num(1), num(1))
                .hasMessage("not enough remaining address space for a subnet with a prefix of 9 bits after 10.128.0.0/9");
        assertThat(argumentIndex(lib, "cidrsubnets", str("10.0.0.0/8"), num(1), num(1), num(1))).isEqualTo(3);
        assertCallFails(lib, "cidrsubnets", str("10.0.0.0/8"), num(1), num(0))
                .hasMessage("must extend prefix by at least one bit");
        assertCallFails(lib, "cidrsubnets", str("10.0.0.0/8"), num(1), num(-1))
                .hasMessage("must extend prefix by at least one bit");
        assertCallFails(lib, "cidrsubnets", str("fe80::/48"), num(1), num(33))
                .hasMessage("may not extend prefix by more than 32 bits");
        assertCallFails(lib, "cidrsubnets", str("fe80::/120"), num(9))
                .hasMessage("would extend prefix to 129 bits, which is too long for an IPv6 address");
        assertCallFails(lib, "cidrsubnets", str("nope"), num(1))
                .hasMessage("invalid CIDR expression: invalid CIDR address: nope");
        assertThat(argumentIndex(lib, "cidrsubnets", str("nope"), num(1))).isZero();
        assertThat(argumentIndex(lib, "cidrsubnets", str("10.0.0.0/8"), num(1), Value.number(new BigDecimal("0.5"))))
                .isEqualTo(2);
        assertCallFails(lib, "cidrsubnets", str("0.0.0.0/0"), num(1))
                .hasMessage("not enough remaining address space for a subnet with a prefix of 1 bits after 128.0.0.0/1");
    }

    @Test
    void marksAreCarriedAndUnknownsPassThrough() throws Exception {
        Value v = call(lib, "cidrhost", str("10.0.0.0/8").mark(Mark.SENSITIVE), num(1));
        assertThat(v.asString()).isEqualTo("10.0.0.1");
        assertThat(v.marks()).containsExactly(Mark.SENSITIVE);
        assertThat(call(lib, "cidrsubnets", Value.unknown(Type.STRING), num(1)))
                .isEqualTo(Value.unknown(Type.list(Type.STRING)));
    }
}
