package io.jenkins.plugins.packer.engine.hcl.function.lib;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated records as Go's {@code encoding/csv} Reader does with its defaults, which cty's
 * {@code csvdecode} uses: quoted fields may contain commas, doubled quotes and line breaks, {@code \r\n}
 * becomes {@code \n}, empty lines are skipped, and a quote inside an unquoted field is an error.
 */
final class CsvReader {

    /** A syntax error, reported as go-cty does: "CSV parse error on line N: ...". */
    static final class CsvException extends Exception {
        private static final long serialVersionUID = 1L;

        CsvException(int line, String problem) {
            super("CSV parse error on line " + line + ": " + problem);
        }
    }

    static final String ERR_QUOTE = "extraneous or missing \" in quoted-field";
    static final String ERR_BARE_QUOTE = "bare \" in non-quoted-field";
    static final String ERR_FIELD_COUNT = "wrong number of fields";

    private final String text;
    private int pos;
    private int lineNumber;
    /** Required fields per record: 0 means "as many as the first record", -1 means no check. */
    private int fieldsPerRecord;

    CsvReader(String text, int fieldsPerRecord) {
        this.text = text;
        this.fieldsPerRecord = fieldsPerRecord;
    }

    /** The next record, or null at the end of the input. */
    List<String> read() throws CsvException {
        String line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
        } while (line.isEmpty() || line.equals("\n"));
        int recordLine = lineNumber;
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            if (i >= line.length() || line.charAt(i) != '"') {
                int comma = line.indexOf(',', i);
                int end = comma >= 0 ? comma : line.length() - newlineLength(line);
                String field = line.substring(i, end);
                if (field.indexOf('"') >= 0) {
                    throw new CsvException(lineNumber, ERR_BARE_QUOTE);
                }
                fields.add(field);
                if (comma < 0) {
                    break;
                }
                i = comma + 1;
                continue;
            }
            StringBuilder field = new StringBuilder();
            i++;
            boolean endOfRecord = false;
            while (true) {
                int quote = line.indexOf('"', i);
                if (quote >= 0) {
                    field.append(line, i, quote);
                    i = quote + 1;
                    char next = i < line.length() ? line.charAt(i) : 0;
                    if (next == '"') {
                        field.append('"');
                        i++;
                    } else if (next == ',') {
                        i++;
                        break;
                    } else if (i + newlineLength(line.substring(i)) == line.length()) {
                        endOfRecord = true;
                        break;
                    } else {
                        throw new CsvException(lineNumber, ERR_QUOTE);
                    }
                } else if (i < line.length()) {
                    field.append(line, i, line.length());
                    line = readLine();
                    i = 0;
                    if (line == null) {
                        throw new CsvException(lineNumber, ERR_QUOTE);
                    }
                } else {
                    throw new CsvException(lineNumber, ERR_QUOTE);
                }
            }
            fields.add(field.toString());
            if (endOfRecord) {
                break;
            }
        }
        if (fieldsPerRecord == 0) {
            fieldsPerRecord = fields.size();
        } else if (fieldsPerRecord > 0 && fields.size() != fieldsPerRecord) {
            throw new CsvException(recordLine, ERR_FIELD_COUNT);
        }
        return fields;
    }

    /** The next line including its {@code \n} (a final line may lack it), {@code \r\n} normalised. */
    private String readLine() {
        if (pos >= text.length()) {
            return null;
        }
        int nl = text.indexOf('\n', pos);
        String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl + 1);
        pos = nl < 0 ? text.length() : nl + 1;
        lineNumber++;
        if (line.endsWith("\r\n")) {
            line = line.substring(0, line.length() - 2) + "\n";
        } else if (nl < 0 && line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1); // Go drops a trailing \r before EOF
        }
        return line;
    }

    private static int newlineLength(String s) {
        return s.endsWith("\n") ? 1 : 0;
    }
}
