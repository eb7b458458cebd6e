package io.jenkins.plugins.packer.engine.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping at 80 columns, checked against details as packer 1.6.6 printed them. */
class WordWrapTest {

    @Test
    void wrapsLikePackersDiagnostics() {
        assertThat(WordWrap.wrap("Call to function \"cidrsubnet\" failed: insufficient address space to extend prefix "
                + "of 8 by 30.", 80))
                .isEqualTo("Call to function \"cidrsubnet\" failed: insufficient address space to extend\n"
                        + "prefix of 8 by 30.");
        assertThat(WordWrap.wrap("A \"a\" variable was passed in the command line but was not found in known "
                + "variables. To declare variable \"a\", place this block in one of your .pkr files, such as "
                + "variables.pkr.hcl", 80))
                .isEqualTo("A \"a\" variable was passed in the command line but was not found in known\n"
                        + "variables. To declare variable \"a\", place this block in one of your .pkr files,\n"
                        + "such as variables.pkr.hcl");
        assertThat(WordWrap.wrap("Invalid value for \"start_index\" parameter: start index must not be greater "
                + "than end index.", 80))
                .isEqualTo("Invalid value for \"start_index\" parameter: start index must not be greater than\n"
                        + "end index.");
    }

    @Test
    void shortTextAndLineBreaksStay() {
        assertThat(WordWrap.wrap("There is no variable named \"nosuch\".", 80))
                .isEqualTo("There is no variable named \"nosuch\".");
        assertThat(WordWrap.wrap("first line\nsecond line", 80)).isEqualTo("first line\nsecond line");
        assertThat(WordWrap.wrap("", 80)).isEmpty();
    }

    @Test
    void longWordsAreNotSplit() {
        String word = "x".repeat(100);
        assertThat(WordWrap.wrap("ab " + word + " cd", 10)).isEqualTo("ab\n" + word + "\ncd");
    }

    @Test
    void eachLineStaysWithinTheLimitWhenWordsAllow() {
        String text = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt "
                .repeat(5);
        for (String line : List.of(WordWrap.wrap(text, 30).split("\n"))) {
            assertThat(line.length()).isLessThanOrEqualTo(30);
            assertThat(line).doesNotStartWith(" ");
        }
        assertThat(WordWrap.wrap(text, 30).replace('\n', ' ')).isEqualTo(text.stripTrailing() + " ");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(WordWrap.wrap("ééé ééé", 7)).isEqualTo("ééé ééé");
        assertThat(WordWrap.wrap("ééé ééé", 6)).isEqualTo("ééé\nééé");
    }
}
