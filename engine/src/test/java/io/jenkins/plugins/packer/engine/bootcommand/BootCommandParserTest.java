package io.jenkins.plugins.packer.engine.bootcommand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootCommandParserTest {

    private static List<String> shown(String command) {
        return BootCommandParser.parse(command).stream().map(Object::toString).toList();
    }

    @Test
    void parsesPackersReferenceSequence() {
        // the sequence and expected expressions of Packer's boot_command_ast_test.go
        String in = "<wait><wait20><wait3s><wait4m2ns>" + "foo/bar > one \u754c" + "<fon> b<fOff>"
                + "<foo><f3><f12><spacebar><leftalt><rightshift><rightsuper><menu>";
        assertThat(shown(in)).containsExactly("Wait<1s>", "Wait<20s>", "Wait<3s>", "Wait<4m0.000000002s>",
                "LIT-Press(f)", "LIT-Press(o)", "LIT-Press(o)", "LIT-Press(/)", "LIT-Press(b)", "LIT-Press(a)",
                "LIT-Press(r)", "LIT-Press( )", "LIT-Press(>)", "LIT-Press( )", "LIT-Press(o)", "LIT-Press(n)",
                "LIT-Press(e)", "LIT-Press( )", "LIT-Press(\u754c)", "LIT-On(f)", "LIT-Press( )", "LIT-Press(b)",
                "LIT-Off(f)", "LIT-Press(<)", "LIT-Press(f)", "LIT-Press(o)", "LIT-Press(o)", "LIT-Press(>)",
                "Spec-Press(f3)", "Spec-Press(f12)", "Spec-Press(spacebar)", "Spec-Press(leftalt)",
                "Spec-Press(rightshift)", "Spec-Press(rightsuper)", "Spec-Press(menu)");
    }

    @Test
    void specialKeysAndTogglesAreCaseInsensitive() {
        assertThat(shown("<rightShift><rightshift><RIGHTSHIFT>")).containsOnly("Spec-Press(rightshift)").hasSize(3);
        assertThat(shown("<delon><delON><deLoN><DELON>")).containsOnly("Spec-On(del)").hasSize(4);
        assertThat(shown("<enteroff><enterOFF><eNtErOfF><ENTEROFF>")).containsOnly("Spec-Off(enter)").hasSize(4);
    }

    @Test
    void holdAndReleaseAModifierAroundAKey() {
        assertThat(shown("<leftCtrlOn>c<leftCtrlOff>")).containsExactly("Spec-On(leftctrl)", "LIT-Press(c)",
                "Spec-Off(leftctrl)");
        assertThat(shown("<leftAltOn><f2><leftAltOff>")).containsExactly("Spec-On(leftalt)", "Spec-Press(f2)",
                "Spec-Off(leftalt)");
    }

    @Test
    void waitForms() {
        assertThat(BootCommandParser.parse("<wait5m>")).containsExactly(new BootAction.Wait(Duration.ofMinutes(5)));
        assertThat(BootCommandParser.parse("<wait1m20s>"))
                .containsExactly(new BootAction.Wait(Duration.ofSeconds(80)));
        assertThat(BootCommandParser.parse("<wait10>")).containsExactly(new BootAction.Wait(Duration.ofSeconds(10)));
        assertThat(BootCommandParser.parse("<wait1.5s>"))
                .containsExactly(new BootAction.Wait(Duration.ofMillis(1500)));
        assertThat(BootCommandParser.parse("<wait300ms>")).containsExactly(new BootAction.Wait(Duration.ofMillis(300)));
    }

    @Test
    void malformedExpressionsAreTypedLiterally() {
        // "wait" is case-sensitive in Packer's grammar; a leading zero is not an integer; unknown names type
        assertThat(shown("<WAIT>")).hasSize(6).first().isEqualTo("LIT-Press(<)");
        assertThat(shown("<wait05>")).hasSize(8);
        assertThat(shown("<enter")).hasSize(6);
        assertThat(shown("<")).containsExactly("LIT-Press(<)");
        assertThat(shown("<leftmetaon>")).containsExactly("Spec-On(leftmeta)");
    }

    @Test
    void orderedChoiceTakesTheFirstMatchingKeyName() {
        // "enter" is tried before "end", "f10" before "f1", "leftAlt" before "left"
        assertThat(shown("<end><f1><f10><left><leftAlt>")).containsExactly("Spec-Press(end)", "Spec-Press(f1)",
                "Spec-Press(f10)", "Spec-Press(left)", "Spec-Press(leftalt)");
    }

    @Test
    void validationRejectsNonPositiveWaits() {
        assertThat(BootCommandParser.validate(BootCommandParser.parse("<wait1m>"))).isEmpty();
        assertThat(BootCommandParser.validate(BootCommandParser.parse("<wait-1m>")))
                .containsExactly("Expecting a positive wait value. Got -1m0s");
        assertThat(BootCommandParser.validate(BootCommandParser.parse("<wait0>")))
                .containsExactly("Expecting a positive wait value. Got 0s");
        assertThat(BootCommandParser.validate(BootCommandParser.parse("<f1><"))).isEmpty();
    }

    @Test
    void emptyCommandHasNoActions() {
        assertThat(BootCommandParser.parse("")).isEmpty();
    }

    @Test
    void templatePlaceholdersParseAsText() {
        // boot_command is validated before {{ .HTTPIP }} is rendered: it must not be an error
        assertThat(shown("{{ .HTTPIP }}<enter>")).hasSize(14).last().isEqualTo("Spec-Press(enter)");
    }
}
