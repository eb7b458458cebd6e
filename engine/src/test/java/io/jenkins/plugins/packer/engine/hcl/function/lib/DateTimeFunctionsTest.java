package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.argumentIndex;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.assertCallFails;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.unknownString;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateTimeFunctionsTest {

    private static final Instant START = Instant.parse("2021-04-19T07:08:09.123456789Z");
    private final Map<String, Function> lib = DateTimeFunctions.all(START);

    @Test
    void timestampIsTheRunStartEveryTime() throws Exception {
        assertThat(call(lib, "timestamp")).isEqualTo(str("2021-04-19T07:08:09Z"));
        assertThat(call(lib, "timestamp")).isEqualTo(str("2021-04-19T07:08:09Z"));
        assertThat(call(lib, "legacy_isotime")).isEqualTo(str("2021-04-19T07:08:09Z"));
        assertThat(call(lib, "legacy_strftime")).isEqualTo(str("2021-04-19T07:08:09Z"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // Packer docs and packer console
        "DD MMM YYYY hh:mm ZZZ|2018-01-02T23:12:01Z|02 Jan 2018 23:12 UTC",
        "EEEE, DD-MMM-YY hh:mm:ss ZZZ|2018-01-02T23:12:01Z|Tuesday, 02-Jan-18 23:12:01 UTC",
        "EEE, DD MMM YYYY hh:mm:ss ZZZ|2018-01-02T23:12:01-08:00|Tue, 02 Jan 2018 23:12:01 -0800",
        "MMM DD, YYYY|2018-01-02T23:12:01Z|Jan 02, 2018",
        "HH:mmaa|2018-01-02T23:12:01Z|11:12pm",
        "h'h'mm|2018-01-02T23:12:01-08:00|23h12",
        "H 'o''clock'|2018-01-02T23:12:01-08:00|11 o'clock",
        "''''|2018-01-02T23:12:01Z|''",
        "Z ZZZ ZZZZ ZZZZZ|2018-01-02T23:12:01+00:00|Z UTC +0000 +00:00",
        "Z ZZZ ZZZZ ZZZZZ|2018-01-02T23:12:01+05:30|+05:30 +0530 +0530 +05:30",
        "YYYY-MM-DD'T'hh:mm:ssZ|2018-01-02T03:04:05.999Z|2018-01-02T03:04:05Z",
        "M/D h:m:s H AA|2018-01-02T03:04:05Z|1/2 3:4:5 3 AM",
        "MMMM EEEE HH|2018-09-09T00:00:00Z|September Sunday 12",
        "YYYY|2018-02-03T1:00:00Z|2018",
        "é 'Ünï' -|2018-02-03T10:00:00Z|é Ünï -",
    })
    void formatdate(String spec, String time, String expected) throws Exception {
        assertThat(call(lib, "formatdate", str(spec), str(time))).isEqualTo(str(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'abc|unterminated literal '",
        "'|unterminated literal '",
        "YYY|invalid date format verb \"YYY\": year must either be \"YY\" or \"YYYY\"",
        "Y|invalid date format verb \"Y\": year must either be \"YY\" or \"YYYY\"",
        "MMMMM|invalid date format verb \"MMMMM\": month must be \"M\", \"MM\", \"MMM\", or \"MMMM\"",
        "DDD|invalid date format verb \"DDD\": day of month must either be \"D\" or \"DD\"",
        "EE|invalid date format verb \"EE\": day of week must either be \"EEE\" or \"EEEE\"",
        "hhh|invalid date format verb \"hhh\": 24-hour must either be \"h\" or \"hh\"",
        "HHH|invalid date format verb \"HHH\": 12-hour must either be \"H\" or \"HH\"",
        "a|invalid date format verb \"a\": must be \"aa\"",
        "mmm|invalid date format verb \"mmm\": minute must either be \"m\" or \"mm\"",
        "sss|invalid date format verb \"sss\": second must either be \"s\" or \"ss\"",
        "ZZ|invalid date format verb \"ZZ\": timezone must be Z, ZZZZ, or ZZZZZ",
        "Q|invalid date format verb \"Q\"",
    })
    void formatdateSpecErrorsConcernTheFirstArgument(String spec, String message) {
        assertCallFails(lib, "formatdate", str(spec), str("2018-01-02T23:12:01Z")).hasMessage(message);
        assertThat(argumentIndex(lib, "formatdate", str(spec), str("2018-01-02T23:12:01Z"))).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the messages packer console gives (go-cty's rewording of Go's parse errors)
        "2018-13-02T23:12:01Z|cannot use \"-02T23:12:01Z\" as month",
        "2018-02-30T23:12:01Z|day out of range",
        "2018-02-03|missing required time introducer 'T'",
        "2018-02-03 10:00:00Z|missing required time introducer 'T'",
        "2018-02-03T10:00:00|end of string before UTC offset",
        "2018-02-03T10:00:00Zjunk|cannot use \"junk\" as timestamp segment",
        "20a8-02-03T10:00:00Z|cannot use \"20a8-02-03T10:00:00Z\" as year",
        "2018-02-03T25:00:00Z|cannot use \":00:00Z\" as hour",
        "2018/02|found \"/02\" where \"-\" is expected",
        "2018-02|end of string where \"-\" is expected",
        "2018-02-03T10:00:00+0100|cannot use \"+0100\" as UTC offset",
        "2018-02-03T10:61:00Z|cannot use \":00Z\" as minute",
        "2018-02-03T10:00:60Z|cannot use \"Z\" as second",
        "2018-02-03T10:00:00+25:00|end of string before UTC offset",
        "2018-2-03T10:00:00Z|cannot use \"2-03T10:00:00Z\" as month",
    })
    void formatdateTimestampErrorsConcernTheSecondArgument(String time, String message) {
        assertCallFails(lib, "formatdate", str("YYYY"), str(time)).hasMessage("not a valid RFC3339 timestamp: " + message);
        assertThat(argumentIndex(lib, "formatdate", str("YYYY"), str(time))).isEqualTo(1);
    }

    @Test
    void emptyTimestampIsEndOfStringBeforeYear() {
        assertCallFails(lib, "formatdate", str("YYYY"), str(""))
                .hasMessage("not a valid RFC3339 timestamp: end of string before year");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2017-11-22T00:00:00Z|10m|2017-11-22T00:10:00Z",
        "2017-11-22T00:00:00+05:00|-1.5h|2017-11-21T22:30:00+05:00",
        "2017-11-22T00:00:00Z|1µs|2017-11-22T00:00:00Z",
        "2017-11-22T00:00:00.5Z|1s|2017-11-22T00:00:01Z",
        "2017-11-22T00:00:00.5Z|0.5s|2017-11-22T00:00:01Z",
        "2017-11-22T00:00:00Z|1h2m3s4ms5us6ns|2017-11-22T01:02:03Z",
        "2017-11-22T00:00:00Z|+0|2017-11-22T00:00:00Z",
        "2017-11-22T00:00:00Z|-24h|2017-11-21T00:00:00Z",
        "2017-11-22T00:00:00Z|.5m|2017-11-22T00:00:30Z",
    })
    void timeadd(String ts, String duration, String expected) throws Exception {
        assertThat(call(lib, "timeadd", str(ts), str(duration))).isEqualTo(str(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1x|time: unknown unit \"x\" in duration \"1x\"",
        "1|time: missing unit in duration \"1\"",
        "``|time: invalid duration \"\"",
        ".s|time: invalid duration \".s\"",
        "-|time: invalid duration \"-\"",
        "x1s|time: invalid duration \"x1s\"",
        "1é|time: unknown unit \"\\xc3\\xa9\" in duration \"1\\xc3\\xa9\"",
        "9999999999999999999h|time: invalid duration \"9999999999999999999h\"",
        "3000000h|time: invalid duration \"3000000h\"",
    })
    void timeaddDurationErrorsAreGoMessages(String duration, String message) {
        assertCallFails(lib, "timeadd", str("2017-11-22T00:00:00Z"), str(duration)).hasMessage(message);
        assertThat(argumentIndex(lib, "timeadd", str("2017-11-22T00:00:00Z"), str(duration))).isEqualTo(-1);
    }

    @Test
    void timeaddBadTimestampIsACallError() {
        assertCallFails(lib, "timeadd", str("nope"), str("1s"))
                .hasMessage("not a valid RFC3339 timestamp: cannot use \"nope\" as year");
        assertThat(argumentIndex(lib, "timeadd", str("nope"), str("1s"))).isEqualTo(-1);
    }

    @Test
    void legacyIsotimeUsesGoLayouts() throws Exception {
        assertThat(call(lib, "legacy_isotime", str("2006-01-02"))).isEqualTo(str("2021-04-19"));
        assertThat(call(lib, "legacy_isotime", str("01-02-2006"))).isEqualTo(str("04-19-2021"));
        assertThat(call(lib, "legacy_isotime", str("Mon Jan 02, 2006"))).isEqualTo(str("Mon Apr 19, 2021"));
        assertThat(call(lib, "legacy_isotime", str("Monday January _2 3:04:05PM 15h .000 .999 .999999999 ,00 002 MST Z0700 -07")))
                .isEqualTo(str("Monday April 19 7:08:09AM 07h .123 .123 .123456789 ,12 109 UTC Z +00"));
        assertThat(call(lib, "legacy_isotime", str("060102-150405 pm _2006 __2 Mond"))).isEqualTo(
                str("210419-070809 am _2021 109 Mond"));
    }

    @Test
    void legacyStrftime() throws Exception {
        assertThat(call(lib, "legacy_strftime", str("%Y-%m"))).isEqualTo(str("2021-04"));
        assertThat(call(lib, "legacy_strftime", str("%a %A %b %B %d %H %I %M %S %y %p %Z %z%L")))
                .isEqualTo(str("Mon Monday Apr April 19 07 07 08 09 21 AM UTC +0000.123"));
        // unknown sequences and a trailing percent are copied, %% is a percent sign (go-strftime tests)
        assertThat(call(lib, "legacy_strftime", str("%0%1%%%2 aaabbb0123456789%Y %"))).isEqualTo(
                str("%0%1%%2 aaabbb01234567892021 %"));
    }

    @Test
    void legacyFunctionsTakeAtMostOneFormat() {
        assertCallFails(lib, "legacy_isotime", str("a"), str("b")).hasMessageStartingWith("too many values, 1 needed");
        assertCallFails(lib, "legacy_strftime", str("a"), str("b")).hasMessageStartingWith("too many values, 1 needed");
    }

    @Test
    void rfc3339ParseAsInPackerTests() throws Exception {
        Value v = call(lib, "rfc3339_parse", str("2023-07-25T23:43:16Z"));
        assertThat(v).isEqualTo(Value.object(Map.ofEntries(
                Map.entry("year", num(2023)), Map.entry("year_day", num(206)), Map.entry("day", num(25)),
                Map.entry("month", num(7)), Map.entry("month_name", str("July")), Map.entry("weekday", num(2)),
                Map.entry("weekday_name", str("Tuesday")), Map.entry("hour", num(23)), Map.entry("minute", num(43)),
                Map.entry("second", num(16)), Map.entry("unix", num(1690328596)), Map.entry("iso_year", num(2023)),
                Map.entry("iso_week", num(30)))));
        Value offset = call(lib, "rfc3339_parse", str("1996-12-19 16:39:57.25-08:00"));
        assertThat(offset.attributes().get("unix")).isEqualTo(num(851042397));
        assertThat(offset.attributes().get("day")).isEqualTo(num(19));
        assertThat(offset.attributes().get("weekday_name")).isEqualTo(str("Thursday"));
        assertThat(offset.attributes().get("iso_week")).isEqualTo(num(51));
        assertThat(call(lib, "rfc3339_parse", str("2023-07-25T23:43:16.512345Z")).attributes().get("second"))
                .isEqualTo(num(16));
        assertThat(call(lib, "rfc3339_parse", str("2021-01-01T00:00:00Z")).attributes())
                .containsEntry("iso_year", num(2020)).containsEntry("iso_week", num(53))
                .containsEntry("weekday", num(5));
    }

    @Test
    void rfc3339ParseErrorsAndUnknowns() throws Exception {
        assertCallFails(lib, "rfc3339_parse", str("abcdef")).hasMessage("\"abcdef\" is not a valid RFC3339 timestamp");
        assertThat(argumentIndex(lib, "rfc3339_parse", str("abcdef"))).isZero();
        Value unknown = call(lib, "rfc3339_parse", unknownString());
        assertThat(unknown.isKnown()).isFalse();
        assertThat(unknown.type()).isInstanceOf(Type.ObjectType.class);
    }

    @Test
    void unixTimestampParseAsInPackerTests() throws Exception {
        Value v = call(lib, "unix_timestamp_parse", num(851042397));
        assertThat(v.attributes()).containsEntry("year", num(1996)).containsEntry("year_day", num(355))
                .containsEntry("day", num(20)).containsEntry("month_name", str("December"))
                .containsEntry("weekday", num(5)).containsEntry("weekday_name", str("Friday"))
                .containsEntry("hour", num(0)).containsEntry("minute", num(39)).containsEntry("second", num(57))
                .containsEntry("rfc3339", str("1996-12-20T00:39:57Z")).containsEntry("iso_week", num(51))
                .doesNotContainKey("unix");
        assertThat(call(lib, "unix_timestamp_parse", num(1690328596)).attributes().get("rfc3339"))
                .isEqualTo(str("2023-07-25T23:43:16Z"));
        Value marked = call(lib, "unix_timestamp_parse", Value.number(0).mark(Mark.SENSITIVE));
        assertThat(marked.marks()).containsExactly(Mark.SENSITIVE);
    }

    @Test
    void unixTimestampParseRejectsFractionsAndHugeNumbers() {
        assertCallFails(lib, "unix_timestamp_parse", Value.number(new BigDecimal("1690328596.5"))).hasMessage(
                "unix_timestamp must be a whole number of seconds representable as a 64-bit integer: value must be a "
                        + "whole number, between -9223372036854775808 and 9223372036854775807");
        assertCallFails(lib, "unix_timestamp_parse", Value.number(new BigDecimal("100000000000000000000")))
                .hasMessageStartingWith("unix_timestamp must be a whole number");
        assertThat(argumentIndex(lib, "unix_timestamp_parse", Value.number(new BigDecimal("0.5")))).isZero();
    }

    @Test
    void stringArgumentsCarryMarksAndUnknowns() throws Exception {
        Value v = call(lib, "formatdate", str("YYYY"), secret("2018-01-02T23:12:01Z"));
        assertThat(v.asString()).isEqualTo("2018");
        assertThat(v.marks()).containsExactly(Mark.SENSITIVE);
        assertThat(call(lib, "timeadd", unknownString(), str("1s"))).isEqualTo(Value.unknown(Type.STRING));
    }
}
