package io.jenkins.plugins.packer.engine.hcl.value;

/** Go's {@code %q} quoting (strconv.Quote), which HCL and cty use in messages and packer console output. */
public final class Quote {

    private Quote() {
    }

    /** {@code s} in double quotes with Go's escapes for quotes, backslashes and non-printable characters. */
    public static String go(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 7 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case 11 -> sb.append("\\v");
                default -> appendOther(sb, cp);
            }
        }
        return sb.append('"').toString();
    }

    private static void appendOther(StringBuilder sb, int cp) {
        if (cp < 0x20 || cp == 0x7f) {
            sb.append(String.format("\\x%02x", cp));
        } else if (isPrintable(cp)) {
            sb.appendCodePoint(cp);
        } else if (cp < 0x10000) {
            sb.append(String.format("\\u%04x", cp));
        } else {
            sb.append(String.format("\\U%08x", cp));
        }
    }

    private static boolean isPrintable(int cp) {
        if (Character.isISOControl(cp) || !Character.isDefined(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.FORMAT
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && (type != Character.SPACE_SEPARATOR || cp == ' ');
    }
}
