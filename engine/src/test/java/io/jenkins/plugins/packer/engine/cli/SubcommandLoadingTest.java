package io.jenkins.plugins.packer.engine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Only the sub-command a command line names is reflected over; help and errors still know all of them. */
class SubcommandLoadingTest {

    private static final String[] ALL = {"build", "console", "fix", "fmt", "hcl2_upgrade", "init", "inspect",
        "validate", "version"};

    private static java.util.Set<String> loaded(String... args) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return JPacker.commandLine(sink, sink, args).getSubcommands().keySet();
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = JPacker.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void aNamedCommandAloneIsLoaded() {
        assertThat(loaded("validate", "-syntax-only", "t.pkr.hcl")).containsExactly("validate");
        assertThat(loaded("-machine-readable", "build", "x")).containsExactly("build");
        assertThat(loaded("hcl2_upgrade", "x.json")).containsExactly("hcl2_upgrade");
    }

    @Test
    void helpVersionFlagsAndUnknownWordsLoadEveryCommand() {
        assertThat(loaded()).containsExactly(ALL);
        assertThat(loaded("-h")).containsExactly(ALL);
        assertThat(loaded("-version")).containsExactly(ALL);
        assertThat(loaded("nosuchcommand")).containsExactly(ALL);
    }

    @Test
    void theCommandsBehaveAsWithAllLoaded() {
        String[] help = run("-h");
        assertThat(help[0]).isEqualTo("0");
        for (String c : ALL) {
            assertThat(help[1]).contains("  " + c);
        }
        String[] buildHelp = run("build", "-h");
        assertThat(buildHelp[0]).isEqualTo("0");
        assertThat(buildHelp[1]).startsWith("Usage: jpacker build").contains("-on-error");
        assertThat(run("-machine-readable", "version")[1]).contains(",,version,");
        assertThat(run("-version")[1]).isNotEmpty();
        String[] unknown = run("nosuchcommand");
        assertThat(unknown[0]).isEqualTo("1");
        assertThat(unknown[2]).contains("Too many arguments: nosuchcommand", "Commands:");
        assertThat(run("build", "-nosuchflag", "t")[2]).contains("flag provided but not defined: -nosuchflag");
    }
}
