package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.gotime.GoTimeLayout;
import io.jenkins.plugins.packer.engine.gotime.Strftime;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Packer's date and time functions: {@code timestamp}, {@code formatdate}, {@code timeadd},
 * {@code legacy_isotime}, {@code legacy_strftime}, {@code rfc3339_parse} and {@code unix_timestamp_parse}.
 * The current time is fixed for the whole run: {@code timestamp()}, {@code legacy_isotime()} and
 * {@code legacy_strftime()} all report the instant given to {@link #all(Instant)}, in UTC.
 */
public final class DateTimeFunctions {

    private DateTimeFunctions() {
    }

    /** The date and time functions by name; {@code now} is the run's start, as every call will see it. */
    public static Map<String, Function> all(Instant now) {
        OffsetDateTime start = Objects.requireNonNull(now).atOffset(ZoneOffset.UTC);
        Map<String, Function> m = new TreeMap<>();
        m.put("timestamp", FunctionSpec.builder().returns(Type.STRING)
                .impl((args, ret) -> Value.string(GoTime.formatRfc3339(start))).build());
        m.put("formatdate", FunctionSpec.builder()
                .param("format", Type.STRING)
                .param("time", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(DateFormat.format(args.get(0).asString(),
                        timestamp(args.get(1).asString(), 1))))
                .build());
        m.put("timeadd", FunctionSpec.builder()
                .param("timestamp", Type.STRING)
                .param("duration", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> Value.string(timeadd(args.get(0).asString(), args.get(1).asString())))
                .build());
        m.put("legacy_isotime", legacy(start, (layout, t) -> GoTimeLayout.format(t, layout)));
        m.put("legacy_strftime", legacy(start, (format, t) -> Strftime.format(format, t)));
        m.put("rfc3339_parse", FunctionSpec.builder()
                .param("timestamp", Type.STRING)
                .returns(TimeParts.RFC3339_PARSE)
                .impl((args, ret) -> rfc3339Parse(args.get(0).asString()))
                .build());
        m.put("unix_timestamp_parse", FunctionSpec.builder()
                .param("unix_timestamp", Type.NUMBER)
                .returns(TimeParts.UNIX_TIMESTAMP_PARSE)
                .impl((args, ret) -> unixTimestampParse(args.get(0)))
                .build());
        return m;
    }

    /** An RFC 3339 timestamp argument; a malformed one is an error on argument {@code index} (or the call). */
    private static OffsetDateTime timestamp(String ts, int index) throws FunctionException {
        try {
            return GoTime.parse(ts, 'T');
        } catch (GoTime.TimestampException e) {
            throw new FunctionException(index, e.getMessage());
        }
    }

    private static String timeadd(String ts, String duration) throws FunctionException {
        OffsetDateTime t = timestamp(ts, -1);
        try {
            return GoTime.formatRfc3339(t.plusNanos(GoDuration.parse(duration)));
        } catch (GoDuration.DurationException e) {
            throw new FunctionException(e.getMessage());
        } catch (DateTimeException e) {
            throw new FunctionException("the resulting timestamp is out of range");
        }
    }

    @FunctionalInterface
    private interface Formatter {
        String format(String layout, OffsetDateTime t);
    }

    /** {@code legacy_isotime([format])} and {@code legacy_strftime([format])}. */
    private static Function legacy(OffsetDateTime start, Formatter formatter) {
        return FunctionSpec.builder()
                .variadic(Parameter.of("format", Type.STRING))
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    if (args.size() > 1) {
                        throw new FunctionException("too many values, 1 needed: " + args.stream()
                                .map(a -> Quote.go(a.asString())).collect(Collectors.joining(" ", "[", "]")));
                    }
                    if (args.isEmpty()) {
                        return Value.string(GoTime.formatRfc3339(start));
                    }
                    return Value.string(formatter.format(args.get(0).asString(), start));
                })
                .build();
    }

    private static Value rfc3339Parse(String ts) throws FunctionException {
        OffsetDateTime t;
        try {
            t = GoTime.parse(ts, 'T');
        } catch (GoTime.TimestampException first) {
            try {
                t = GoTime.parse(ts, ' ');
            } catch (GoTime.TimestampException second) {
                throw new FunctionException(0, Quote.go(ts) + " is not a valid RFC3339 timestamp");
            }
        }
        Map<String, Value> parts = TimeParts.common(t);
        parts.put("unix", Value.number(t.toEpochSecond()));
        return Value.object(parts);
    }

    private static Value unixTimestampParse(Value seconds) throws FunctionException {
        long ts;
        try {
            ts = Args.toLong(seconds, -1);
        } catch (FunctionException e) {
            throw new FunctionException(0, "unix_timestamp must be a whole number of seconds representable as a "
                    + "64-bit integer: " + e.getMessage());
        }
        OffsetDateTime t;
        try {
            t = Instant.ofEpochSecond(ts).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new FunctionException(0, "unix_timestamp is outside the range of supported dates");
        }
        Map<String, Value> parts = TimeParts.common(t);
        parts.put("rfc3339", Value.string(GoTime.formatRfc3339(t)));
        return Value.object(parts);
    }

    /** The object types and shared attributes of {@code rfc3339_parse} and {@code unix_timestamp_parse}. */
    private static final class TimeParts {
        private static final List<String> NUMBERS = List.of("year", "year_day", "day", "month", "weekday", "hour",
                "minute", "second", "iso_year", "iso_week");
        static final Type RFC3339_PARSE = type("unix", Type.NUMBER);
        static final Type UNIX_TIMESTAMP_PARSE = type("rfc3339", Type.STRING);

        private static Type type(String extra, Type extraType) {
            Map<String, Type> attrs = new LinkedHashMap<>();
            NUMBERS.forEach(n -> attrs.put(n, Type.NUMBER));
            attrs.put("month_name", Type.STRING);
            attrs.put("weekday_name", Type.STRING);
            attrs.put(extra, extraType);
            return Type.object(attrs);
        }

        static Map<String, Value> common(OffsetDateTime t) {
            Map<String, Value> m = new LinkedHashMap<>();
            m.put("year", Value.number(t.getYear()));
            m.put("year_day", Value.number(t.getDayOfYear()));
            m.put("day", Value.number(t.getDayOfMonth()));
            m.put("month", Value.number(t.getMonthValue()));
            m.put("month_name", Value.string(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            m.put("weekday", Value.number(t.getDayOfWeek().getValue() % 7));
            m.put("weekday_name", Value.string(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            m.put("hour", Value.number(t.getHour()));
            m.put("minute", Value.number(t.getMinute()));
            m.put("second", Value.number(t.getSecond()));
            m.put("iso_year", Value.number(t.get(IsoFields.WEEK_BASED_YEAR)));
            m.put("iso_week", Value.number(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            return m;
        }
    }
}
